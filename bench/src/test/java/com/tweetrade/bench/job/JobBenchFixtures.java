package com.tweetrade.bench.job;

import com.tweetrade.job.rules.InputFreshness;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Tweet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;

/**
 * Records and time constants of the job benchmarks' in-memory generators, and the rules benchmarks'
 * MiniCluster.
 */
final class JobBenchFixtures {
  /** A pane boundary: 2024-03-01 10:00:00 UTC. */
  static final long T0 = Instant.parse("2024-03-01T10:00:00Z").toEpochMilli();

  /** 10 s panes, prices good for a minute: the job's defaults. */
  static final InputFreshness FRESHNESS = new InputFreshness(10_000, 60_000);

  private JobBenchFixtures() {}

  /** One TaskManager with 2 slots, as the job's MiniCluster tests run it. */
  static MiniClusterExtension miniCluster() {
    return new MiniClusterExtension(
        new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            // A shared, overloaded machine starves heartbeats: the default 50 s timeout killed a
            // run.
            .setConfiguration(Configuration.fromMap(Map.of("heartbeat.timeout", "300000")))
            .build());
  }

  /** A quote with a one-cent spread around {@code priceCents}. */
  static Quote quote(String ticker, long priceCents, long size, long eventTime) {
    return new Quote(ticker, priceCents, size, priceCents - 1, priceCents + 1, eventTime);
  }

  static Tweet tweet(long id, String text, long createdAt) {
    return new Tweet(
        id, text, createdAt, 7L, "tester", 100, "en", List.of(), List.of(), false, null);
  }
}
