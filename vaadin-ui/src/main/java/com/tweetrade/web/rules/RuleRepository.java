package com.tweetrade.web.rules;

import static com.tweetrade.model.tables.Tables.UserLogic.CREATED_AT;
import static com.tweetrade.model.tables.Tables.UserLogic.DELETED;
import static com.tweetrade.model.tables.Tables.UserLogic.EXPIRES_AT;
import static com.tweetrade.model.tables.Tables.UserLogic.PAUSED;
import static com.tweetrade.model.tables.Tables.UserLogic.PUBLISH_PENDING;
import static com.tweetrade.model.tables.Tables.UserLogic.REVISION;
import static com.tweetrade.model.tables.Tables.UserLogic.RULE_ID;
import static com.tweetrade.model.tables.Tables.UserLogic.RULE_TEXT;
import static com.tweetrade.model.tables.Tables.UserLogic.TABLE;
import static com.tweetrade.model.tables.Tables.UserLogic.UPDATED_AT;
import static com.tweetrade.model.tables.Tables.UserLogic.USER_ID;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.tweetrade.model.tables.Tables.UserLogic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code userlogic} ({@link UserLogic}), one partition per user. */
@Repository
public class RuleRepository {
  private final CqlSession session;
  private final PreparedStatement insert;
  private final PreparedStatement update;
  private final PreparedStatement selectOne;
  private final PreparedStatement selectByUser;
  private final PreparedStatement selectAll;
  private final PreparedStatement markPublished;

  public RuleRepository(CqlSession session) {
    this.session = session;
    insert = session.prepare(TABLE.insert(null) + " IF NOT EXISTS");
    // Conditional on the revision we read, so two tabs editing one rule cannot both win.
    update =
        session.prepare(
            "UPDATE "
                + TABLE.name()
                + " SET "
                + RULE_TEXT
                + " = ?, "
                + PAUSED
                + " = ?, "
                + DELETED
                + " = ?, "
                + REVISION
                + " = ?, "
                + UPDATED_AT
                + " = ?, "
                + PUBLISH_PENDING
                + " = ?, "
                + EXPIRES_AT
                + " = ?"
                + " WHERE "
                + USER_ID
                + " = ? AND "
                + RULE_ID
                + " = ? IF "
                + REVISION
                + " = ?");
    selectOne = session.prepare(TABLE.selectWhere(null, USER_ID, RULE_ID));
    selectByUser = session.prepare(TABLE.selectWhere(null, USER_ID));
    selectAll = session.prepare(TABLE.selectAll(null));
    markPublished = session.prepare(UserLogic.markPublished(null));
  }

  /** Inserts a new rule; returns false if the id exists already. */
  public boolean insert(Rule r) {
    return session
        .execute(
            insert.bind(
                r.userId(),
                r.ruleId(),
                r.text(),
                r.paused(),
                r.deleted(),
                r.revision(),
                r.createdAt(),
                r.updatedAt(),
                r.publishPending(),
                r.expiresAt()))
        .wasApplied();
  }

  /**
   * Writes {@code r} if the stored revision is still {@code r.revision() - 1}; returns whether it
   * did.
   */
  public boolean update(Rule r) {
    return session
        .execute(
            update.bind(
                r.text(),
                r.paused(),
                r.deleted(),
                r.revision(),
                r.updatedAt(),
                r.publishPending(),
                r.expiresAt(),
                r.userId(),
                r.ruleId(),
                r.revision() - 1))
        .wasApplied();
  }

  public Optional<Rule> find(String userId, String ruleId) {
    return Optional.ofNullable(session.execute(selectOne.bind(userId, ruleId)).one())
        .map(RuleRepository::toRule);
  }

  /** The user's rules, deleted ones included. */
  public List<Rule> findByUser(String userId) {
    return toRules(session.execute(selectByUser.bind(userId)));
  }

  /** Every rule of every user; for administrators and the republisher. */
  public List<Rule> findAll() {
    return toRules(session.execute(selectAll.bind()));
  }

  /** Clears the pending flag if the row is still at {@code revision}; returns whether it did. */
  public boolean markPublished(String userId, String ruleId, long revision) {
    return session.execute(markPublished.bind(userId, ruleId, revision)).wasApplied();
  }

  private static List<Rule> toRules(Iterable<Row> rows) {
    List<Rule> rules = new ArrayList<>();
    for (Row row : rows) rules.add(toRule(row));
    return rules;
  }

  private static Rule toRule(Row row) {
    return new Rule(
        row.getString(USER_ID),
        row.getString(RULE_ID),
        row.getString(RULE_TEXT),
        row.getBoolean(PAUSED),
        row.getBoolean(DELETED),
        row.getLong(REVISION),
        row.getInstant(CREATED_AT),
        row.getInstant(UPDATED_AT),
        row.getBoolean(PUBLISH_PENDING),
        row.getInstant(EXPIRES_AT));
  }
}
