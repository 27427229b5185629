package com.tweetrade.job.migrate;

import com.tweetrade.model.rules.RuleEvent;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Writes {@code src/test/resources/savepoints/rules-schema-v1}: the rule states of the job as written
 * by rule model v1 ({@code RuleEvent} of schema 1, eight fields), kept in the repository so that every
 * later model version is tested against it ({@link RuleStateVersioningIT}). Run once, with the v1
 * model, never again: {@code java -cp <test classes, classes, classpath.txt> ...RulesV1SavepointFixture DIR}.
 */
public final class RulesV1SavepointFixture {
  static final List<RuleEvent> RULES = List.of(
      RuleEvent.create("m1", "alice", "WHEN sentiment(\"tesla\", 1m) > 0.4 THEN BUY 1 TSLA", 1_700_000_000_000L),
      RuleEvent.pause("p1", "alice", "WHEN price(TSLA) > 1 THEN SELL 1 TSLA", 3, 1_700_000_000_000L),
      RuleEvent.update("u1", "bob", "WHEN price(AAPL) > 100.5 THEN BUY 2 AAPL", false, 2, 1_700_000_000_000L));

  private RulesV1SavepointFixture() {}

  public static void main(String[] args) throws Exception {
    SavepointRules.create(StreamExecutionEnvironment.getExecutionEnvironment(), RULES,
        Path.of(args[0]).toAbsolutePath().toUri().toString());
  }
}
