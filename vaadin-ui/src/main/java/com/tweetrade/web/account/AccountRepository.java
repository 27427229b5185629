package com.tweetrade.web.account;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.tweetrade.model.AccountSettings;
import com.tweetrade.model.tables.Tables.Accounts;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code accounts}: each user's saved starting capital. */
@Repository
public class AccountRepository {
  private final CqlSession session;
  private final PreparedStatement select;
  private final PreparedStatement upsert;

  public AccountRepository(CqlSession session) {
    this.session = session;
    select = session.prepare(Accounts.TABLE.selectWhere(null, Accounts.USER_ID));
    upsert = session.prepare(Accounts.TABLE.insert(null));
  }

  /** The user's saved settings, if any. */
  public Optional<AccountSettings> find(String userId) {
    Row row = session.execute(select.bind(userId)).one();
    if (row == null || row.isNull(Accounts.STARTING_CAPITAL_CENTS)) return Optional.empty();
    Instant updatedAt = row.getInstant(Accounts.UPDATED_AT);
    return Optional.of(
        new AccountSettings(
            userId,
            row.getLong(Accounts.STARTING_CAPITAL_CENTS),
            updatedAt == null ? 0 : updatedAt.toEpochMilli()));
  }

  public void save(AccountSettings settings) {
    session.execute(
        upsert.bind(
            settings.userId(),
            settings.startingCapitalCents(),
            Instant.ofEpochMilli(settings.updatedAt())));
  }
}
