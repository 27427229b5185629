package com.tweetrade.web.rules;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code userlogic}, one partition per user. */
@Repository
public class RuleRepository {
  private static final String COLUMNS =
      "user_id, rule_id, rule_text, paused, deleted, revision, created_at, updated_at, publish_pending,"
          + " expires_at";

  private final CqlSession session;
  private final PreparedStatement insert;
  private final PreparedStatement update;
  private final PreparedStatement selectOne;
  private final PreparedStatement selectByUser;
  private final PreparedStatement selectAll;
  private final PreparedStatement markPublished;

  public RuleRepository(CqlSession session) {
    this.session = session;
    insert =
        session.prepare(
            "INSERT INTO userlogic (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) IF NOT EXISTS");
    // Conditional on the revision we read, so two tabs editing one rule cannot both win.
    update =
        session.prepare(
            "UPDATE userlogic SET rule_text = ?, paused = ?, deleted = ?, revision = ?, updated_at = ?,"
                + " publish_pending = ?, expires_at = ? WHERE user_id = ? AND rule_id = ? IF revision = ?");
    selectOne =
        session.prepare("SELECT " + COLUMNS + " FROM userlogic WHERE user_id = ? AND rule_id = ?");
    selectByUser = session.prepare("SELECT " + COLUMNS + " FROM userlogic WHERE user_id = ?");
    selectAll = session.prepare("SELECT " + COLUMNS + " FROM userlogic");
    // Conditional, so a publish of an older revision never clears the flag of a newer one.
    markPublished =
        session.prepare(
            "UPDATE userlogic SET publish_pending = false WHERE user_id = ? AND rule_id = ?"
                + " IF revision = ?");
  }

  /** Inserts a new rule; returns false if the id exists already. */
  public boolean insert(Rule r) {
    return session
        .execute(
            insert.bind(
                r.userId(), r.ruleId(), r.text(), r.paused(), r.deleted(), r.revision(),
                r.createdAt(), r.updatedAt(), r.publishPending(), r.expiresAt()))
        .wasApplied();
  }

  /** Writes {@code r} if the stored revision is still {@code r.revision() - 1}; returns whether it did. */
  public boolean update(Rule r) {
    return session
        .execute(
            update.bind(
                r.text(), r.paused(), r.deleted(), r.revision(), r.updatedAt(), r.publishPending(), r.expiresAt(),
                r.userId(), r.ruleId(), r.revision() - 1))
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
        row.getString("user_id"),
        row.getString("rule_id"),
        row.getString("rule_text"),
        row.getBoolean("paused"),
        row.getBoolean("deleted"),
        row.getLong("revision"),
        row.getInstant("created_at"),
        row.getInstant("updated_at"),
        row.getBoolean("publish_pending"),
        row.getInstant("expires_at"));
  }
}
