package com.tweetrade.job.migrate;

import com.datastax.driver.core.Cluster;
import com.datastax.driver.core.Row;
import com.datastax.driver.core.Session;
import com.tweetrade.job.io.CqlClusterBuilder;
import com.tweetrade.model.access.Credentials;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.StoredRule;
import com.tweetrade.model.tables.Tables.UserLogic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules users keep in Cassandra's {@code userLogic} table, as the rule events a job would hold
 * after reading the whole rules topic: one per rule that is not deleted, with its text, paused
 * flag, revision and expiry.
 *
 * <p>Uses the DataStax driver 3.x that the Cassandra connector bundles, so the job's classpath
 * carries one driver only.
 */
public final class UserLogicRules {
  private UserLogicRules() {}

  /** A driver session factory with the timeouts DDL and LWT need on a busy machine. */
  /** Signed in with the credentials file of env TWEETRADE_CREDENTIALS_FILE on a secured stack. */
  static Cluster cluster(String host, int port) {
    return CqlClusterBuilder.of(host, port, Credentials.configured()).getCluster();
  }

  /** Reads every live rule of {@code keyspace}, sorted by rule id. */
  public static List<RuleEvent> read(String host, int port, String keyspace) {
    try (Cluster cluster = cluster(host, port);
        Session session = cluster.connect()) {
      List<RuleEvent> rules = new ArrayList<>();
      for (StoredRule row : rows(session, keyspace).values()) {
        if (row.isLive()) rules.add(row.stateEvent());
      }
      rules.sort(Comparator.comparing(RuleEvent::ruleId));
      return rules;
    }
  }

  /** Every row of {@code keyspace}'s userLogic, deleted ones included, by rule id. */
  static Map<String, StoredRule> rows(Session session, String keyspace) {
    Map<String, StoredRule> rows = new TreeMap<>();
    for (Row row : session.execute(UserLogic.TABLE.selectAll(keyspace))) {
      Date expires = row.getTimestamp(UserLogic.EXPIRES_AT);
      Date updated = row.getTimestamp(UserLogic.UPDATED_AT);
      StoredRule stored =
          new StoredRule(
              row.getString(UserLogic.USER_ID),
              row.getString(UserLogic.RULE_ID),
              row.getString(UserLogic.RULE_TEXT),
              row.getBool(UserLogic.PAUSED),
              row.getBool(UserLogic.DELETED),
              row.getLong(UserLogic.REVISION),
              updated == null ? 0 : updated.getTime(),
              expires == null ? null : expires.getTime());
      rows.put(stored.ruleId(), stored);
    }
    return rows;
  }
}
