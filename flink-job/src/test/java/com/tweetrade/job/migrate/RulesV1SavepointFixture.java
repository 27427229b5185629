package com.tweetrade.job.migrate;

import com.tweetrade.model.rules.RuleEvent;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Writes {@code src/test/resources/savepoints/rules-schema-v1}: the rule states of the job as
 * written by rule model v1 ({@code RuleEvent} of schema 1, eight fields), kept in the repository so
 * that every later model version is tested against it ({@link RuleStateVersioningIT}). Run once,
 * with the v1 model, never again (it now writes the v1 rules through the v2 model's serializer):
 * {@code java -cp <test classes, classes, classpath.txt> ...RulesV1SavepointFixture DIR}.
 */
public final class RulesV1SavepointFixture {
  static final long WRITTEN_AT = 1_700_000_000_000L;

  /**
   * The rules as model v1 wrote them: schema 1, no expiry (spelled out, since the factories now
   * write schema 2).
   */
  static final List<RuleEvent> RULES =
      List.of(
          v1(
              RuleEvent.Type.CREATE,
              "m1",
              "alice",
              "WHEN sentiment(\"tesla\", 1m) > 0.4 THEN BUY 1 TSLA",
              false,
              1),
          v1(RuleEvent.Type.PAUSE, "p1", "alice", "WHEN price(TSLA) > 1 THEN SELL 1 TSLA", true, 3),
          v1(
              RuleEvent.Type.UPDATE,
              "u1",
              "bob",
              "WHEN price(AAPL) > 100.5 THEN BUY 2 AAPL",
              false,
              2));

  private static RuleEvent v1(
      RuleEvent.Type type, String id, String user, String text, boolean paused, long revision) {
    return new RuleEvent(1, type, id, user, text, paused, revision, WRITTEN_AT);
  }

  private RulesV1SavepointFixture() {}

  public static void main(String[] args) throws Exception {
    SavepointRules.create(
        StreamExecutionEnvironment.getExecutionEnvironment(),
        RULES,
        Path.of(args[0]).toAbsolutePath().toUri().toString());
  }
}
