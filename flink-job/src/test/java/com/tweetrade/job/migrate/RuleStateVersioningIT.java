package com.tweetrade.job.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.Inputs;
import com.tweetrade.job.JobOutputs;
import com.tweetrade.job.JobSettings;
import com.tweetrade.job.MemoryInputs;
import com.tweetrade.job.TestClusters;
import com.tweetrade.job.TweeTradeJob;
import com.tweetrade.job.analytics.EventTimeWatermarks;
import com.tweetrade.job.analytics.ModelTypes;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Trade;
import com.tweetrade.model.Tweet;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.tickers.TickerDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule model is versioned: rule states written by model v1 (the checked-in savepoint {@code
 * savepoints/rules-schema-v1}, see {@link RulesV1SavepointFixture}) restore in the current job.
 *
 * <p>The job is restored from that savepoint with an EMPTY rules stream, so every rule it evaluates
 * comes from the v1 state: the active rules fire, the paused one does not. A model change that
 * breaks the state (a field renamed or retyped in {@code RuleEvent}, a descriptor renamed) fails
 * here.
 */
class RuleStateVersioningIT {
  @RegisterExtension static final MiniClusterExtension FLINK = TestClusters.oneTaskManager(2);

  private static final long T0 = Instant.parse("2024-03-01T10:00:00Z").toEpochMilli();
  private static final long END = T0 + 4 * 60_000;

  private static String v1Savepoint() throws Exception {
    return Path.of(
            RuleStateVersioningIT.class
                .getResource("/savepoints/rules-schema-v1/_metadata")
                .toURI())
        .getParent()
        .toUri()
        .toString();
  }

  @Test
  void shouldReadTheRulesOfAV1Savepoint() throws Exception {
    List<RuleEvent> rules =
        SavepointRules.read(StreamExecutionEnvironment.getExecutionEnvironment(), v1Savepoint());
    assertThat(rules).containsExactlyElementsOf(RulesV1SavepointFixture.RULES);
    assertThat(rules).extracting(RuleEvent::schemaVersion).containsOnly(1);
  }

  @Test
  void shouldEvaluateTheRulesOfAV1SavepointInTheCurrentJob() throws Exception {
    assertFiredAsTheV1RulesSay(tradesRestoredFrom(v1Savepoint()));
  }

  /**
   * {@code migrate apply rules-v1-to-v2} on the v1 savepoint: the export shows every rule at schema
   * 2 with the default expiry and the next revision, the texts unchanged; the job restores from the
   * migrated savepoint and the rules fire as before. A dry run first writes nothing.
   */
  @Test
  void shouldMigrateAV1SavepointToSchema2AndStillFire(@TempDir Path dir) throws Exception {
    String[] apply = {
      "apply",
      "--savepoint",
      v1Savepoint(),
      "--migration",
      "rules-v1-to-v2",
      "--no-republish",
      "--out",
      dir.resolve("v2").toString()
    };
    assertThat(MigrateCommandRunner.run(append(apply, "--dry-run"))).isZero();
    assertThat(dir.resolve("v2")).doesNotExist();

    assertThat(MigrateCommandRunner.run(apply)).isZero();
    Path exported = dir.resolve("rules.json");
    assertThat(MigrateCommandRunner.export(dir.resolve("v2"), exported)).isZero();

    List<RuleEvent> rules =
        List.of(JsonCodec.mapper().readValue(exported.toFile(), RuleEvent[].class));
    assertThat(rules).hasSameSizeAs(RulesV1SavepointFixture.RULES);
    for (int i = 0; i < rules.size(); i++) {
      RuleEvent v1 = RulesV1SavepointFixture.RULES.get(i);
      assertThat(rules.get(i))
          .isEqualTo(
              new RuleEvent(
                  2,
                  RuleEvent.Type.UPDATE,
                  v1.ruleId(),
                  v1.userId(),
                  v1.text(),
                  v1.paused(),
                  v1.revision() + 1,
                  v1.timestamp(),
                  RuleEvent.GOOD_TILL_CANCELLED));
    }
    assertThat(Files.readString(exported))
        .contains("\"schemaVersion\":2")
        .contains("\"expiresAt\":null")
        .doesNotContain("\"schemaVersion\":1");

    assertFiredAsTheV1RulesSay(tradesRestoredFrom(dir.resolve("v2").toUri().toString()));
  }

  private static String[] append(String[] args, String more) {
    String[] out = Arrays.copyOf(args, args.length + 1);
    out[args.length] = more;
    return out;
  }

  private static void assertFiredAsTheV1RulesSay(List<Trade> trades) {
    assertThat(trades)
        .filteredOn(x -> x.ruleId().equals("m1"))
        .isNotEmpty()
        .allSatisfy(x -> assertThat(x.explanation()).containsKey("sentiment:tesla:1m"));
    assertThat(trades)
        .filteredOn(x -> x.ruleId().equals("u1"))
        .isNotEmpty()
        .allSatisfy(x -> assertThat(x.userId()).isEqualTo("bob"));
    assertThat(trades).extracting(Trade::ruleId).doesNotContain("p1");
  }

  /**
   * Runs the job restored from {@code savepoint} over four minutes of input with NO rule events.
   */
  private static List<Trade> tradesRestoredFrom(String savepoint) throws Exception {
    StreamExecutionEnvironment env =
        MemoryInputs.environment(Map.of("execution.savepoint.path", savepoint));
    List<Quote> quotes = new ArrayList<>();
    List<Tweet> tweets = new ArrayList<>();
    for (long t = T0 + 1_000; t < END; t += 1_000) {
      quotes.add(new Quote("TSLA", 20000, 10, 19999, 20001, t));
      quotes.add(new Quote("AAPL", 10100, 10, 10099, 10101, t));
      if (t % 5_000 == 2_000) {
        tweets.add(
            new Tweet(
                t,
                "Tesla is great, I love it! Amazing!",
                t,
                7L,
                "fan",
                100,
                "en",
                List.of(),
                List.of(),
                false,
                null));
      }
    }
    quotes.sort(Comparator.comparingLong(Quote::eventTime));
    DataStream<Quote> q = MemoryInputs.quotes(env, quotes);
    DataStream<Tweet> t = MemoryInputs.tweets(env, tweets);
    // No rule events at all: the rules can only come from the restored state.
    DataStream<RuleEvent> r =
        env.fromCollection(List.<RuleEvent>of(), ModelTypes.RULE_EVENT)
            .assignTimestampsAndWatermarks(EventTimeWatermarks.forRules());
    TickerDirectory tickers = TickerDirectory.standard();
    JobOutputs out = TweeTradeJob.build(Inputs.of(q, t, r), JobSettings.defaults(tickers));

    return out.trades().executeAndCollect(1000);
  }
}
