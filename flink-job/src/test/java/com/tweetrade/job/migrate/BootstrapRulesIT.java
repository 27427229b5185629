package com.tweetrade.job.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.tweetrade.job.StackJobs;
import com.tweetrade.job.TestClusters;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate bootstrap} over a real Cassandra: the live rules of {@code userLogic} (not the
 * deleted one, the paused one as paused, each at its revision) end up in a new savepoint's rule
 * states. That such a savepoint starts the job with its rules is {@link RuleStateVersioningIT}'s
 * subject (its fixture is written by the same {@link SavepointRules#create}).
 */
@ExtendWith(RealStackExtension.class)
class BootstrapRulesIT {
  @RegisterExtension static final MiniClusterExtension FLINK = TestClusters.oneTaskManager(2);

  @Test
  void shouldBootstrapTheLiveRulesOfUserLogic(RealStack stack, @TempDir Path dir) throws Exception {
    String keyspace = stack.createKeyspace();
    try (CqlSession cql = stack.cqlSession(keyspace)) {
      insert(
          cql,
          "alice",
          "r1",
          "WHEN sentiment(\"tesla\", 5m) > 0.4 THEN BUY 1 TSLA",
          false,
          false,
          1);
      insert(cql, "alice", "r2", "WHEN price(TSLA) > 1 THEN SELL 1 TSLA", true, false, 4);
      insert(cql, "bob", "r3", "WHEN price(AAPL) > 1 THEN BUY 1 AAPL", false, true, 7);
      insert(cql, "bob", "r4", "WHEN price(AAPL) < 1 THEN BUY 1 AAPL", false, false, 2);
    }
    Path out = dir.resolve("bootstrap");
    String contact = StackJobs.cql(stack);

    assertThat(
            MigrateCommandRunner.run(
                "bootstrap", "--cql", contact, "--keyspace", keyspace, "--out", out.toString()))
        .isZero();

    List<RuleEvent> rules =
        SavepointRules.read(
            StreamExecutionEnvironment.getExecutionEnvironment(), out.toUri().toString());
    assertThat(rules)
        .extracting(
            RuleEvent::ruleId,
            RuleEvent::userId,
            RuleEvent::paused,
            RuleEvent::revision,
            RuleEvent::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("r1", "alice", false, 1L, RuleEvent.Type.CREATE),
            org.assertj.core.groups.Tuple.tuple("r2", "alice", true, 4L, RuleEvent.Type.PAUSE),
            org.assertj.core.groups.Tuple.tuple("r4", "bob", false, 2L, RuleEvent.Type.UPDATE));
    assertThat(rules.get(0).text())
        .isEqualTo("WHEN sentiment(\"tesla\", 5m) > 0.4 THEN BUY 1 TSLA");
  }

  private static void insert(
      CqlSession cql,
      String user,
      String rule,
      String text,
      boolean paused,
      boolean deleted,
      long revision) {
    cql.execute(
        com.datastax.oss.driver.api.core.cql.SimpleStatement.newInstance(
            "INSERT INTO userlogic (user_id, rule_id, rule_text, paused, deleted, revision,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, toTimestamp(now()),"
                + " toTimestamp(now()))",
            user,
            rule,
            text,
            paused,
            deleted,
            revision));
  }
}
