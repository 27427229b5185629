package com.tweetrade.web.users;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.tweetrade.model.tables.Tables.Users;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code usertable} with prepared statements. */
@Repository
public class UserRepository {
  private final CqlSession session;
  private final PreparedStatement insertIfAbsent;
  private final PreparedStatement selectOne;
  private final PreparedStatement selectAll;

  public UserRepository(CqlSession session) {
    this.session = session;
    this.insertIfAbsent = session.prepare(Users.TABLE.insert(null) + " IF NOT EXISTS");
    this.selectOne = session.prepare(Users.TABLE.selectWhere(null, Users.USERNAME));
    this.selectAll = session.prepare(Users.TABLE.selectAll(null));
  }

  /** Inserts the user unless the name is taken; returns whether it was inserted. */
  public boolean insertIfAbsent(User user) {
    return session
        .execute(
            insertIfAbsent.bind(
                user.username(),
                user.passwordHash(),
                user.displayName(),
                user.roles(),
                user.createdAt()))
        .wasApplied();
  }

  public Optional<User> find(String username) {
    return Optional.ofNullable(session.execute(selectOne.bind(username)).one())
        .map(UserRepository::toUser);
  }

  /** Every user; the table is small (one row per person), so a full scan is fine. */
  public List<User> findAll() {
    List<User> users = new ArrayList<>();
    for (Row row : session.execute(selectAll.bind())) users.add(toUser(row));
    return users;
  }

  private static User toUser(Row row) {
    return new User(
        row.getString(Users.USERNAME),
        row.getString(Users.PASSWORD_HASH),
        row.getString(Users.DISPLAY_NAME),
        row.getSet(Users.ROLES, String.class),
        row.getInstant(Users.CREATED_AT));
  }
}
