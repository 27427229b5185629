package com.tweetrade.job.migrate;

import com.datastax.driver.core.Cluster;
import com.datastax.driver.core.Row;
import com.datastax.driver.core.Session;
import com.datastax.driver.core.SocketOptions;
import com.tweetrade.model.rules.RuleEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * The rules users keep in Cassandra's {@code userLogic} table, as the rule events a job would hold
 * after reading the whole rules topic: one per rule that is not deleted, with its text, paused flag and
 * revision.
 *
 * <p>Uses the DataStax driver 3.x that the Cassandra connector bundles, so the job's classpath carries
 * one driver only.
 */
public final class UserLogicRules {
  private UserLogicRules() {}

  /** Reads every live rule of {@code keyspace}, sorted by rule id. */
  public static List<RuleEvent> read(String host, int port, String keyspace) {
    try (Cluster cluster = Cluster.builder().addContactPoint(host).withPort(port)
            .withSocketOptions(new SocketOptions().setReadTimeoutMillis(20_000).setConnectTimeoutMillis(10_000))
            .withoutJMXReporting().build();
        Session session = cluster.connect()) {
      List<RuleEvent> rules = new ArrayList<>();
      for (Row row : session.execute("SELECT user_id, rule_id, rule_text, paused, deleted, revision, updated_at FROM "
          + keyspace + ".userlogic")) {
        RuleEvent event = toEvent(row.getString("user_id"), row.getString("rule_id"), row.getString("rule_text"),
            row.getBool("paused"), row.getBool("deleted"), row.getLong("revision"), row.getTimestamp("updated_at"));
        if (event != null) rules.add(event);
      }
      rules.sort(Comparator.comparing(RuleEvent::ruleId));
      return rules;
    }
  }

  /** The event a row stands for, or null for a deleted rule or one without text. */
  static RuleEvent toEvent(String userId, String ruleId, String text, boolean paused, boolean deleted,
      long revision, Date updatedAt) {
    if (deleted || text == null || text.isBlank()) return null;
    RuleEvent.Type type = paused ? RuleEvent.Type.PAUSE : revision <= 1 ? RuleEvent.Type.CREATE : RuleEvent.Type.UPDATE;
    long timestamp = updatedAt == null ? 0 : updatedAt.getTime();
    return new RuleEvent(RuleEvent.CURRENT_SCHEMA, type, ruleId, userId, text, paused, Math.max(1, revision), timestamp);
  }
}
