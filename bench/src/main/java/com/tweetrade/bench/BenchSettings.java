package com.tweetrade.bench;

import com.tweetrade.model.rules.Timing;
import java.time.Duration;

/**
 * What one bench run does.
 *
 * @param quotesPerSecond quote production rate while the job runs (0: none)
 * @param tweetsPerSecond tweet production rate while the job runs (0: none)
 * @param prefillQuotes quotes produced before the job starts, to measure catch-up throughput
 * @param rules number of rules published before the job starts
 * @param duration how long the job runs
 * @param historicalClock event times from a fixed start and a fixed step instead of the wall clock
 * @param seed seed of the quote walk
 * @param parallelism job parallelism (slots of the one MiniCluster TaskManager)
 * @param partitions partitions of the quotes and tweets topics
 * @param checkpointMs checkpoint interval; trades become visible at checkpoints
 * @param timing when the bench's rules are decided ({@code ON TICK} or {@code ON CLOSE})
 * @param maxOrdersPerMinute the job's per-user order limit for this run (its default is 10)
 */
public record BenchSettings(
    int quotesPerSecond,
    int tweetsPerSecond,
    long prefillQuotes,
    int rules,
    Duration duration,
    boolean historicalClock,
    long seed,
    int parallelism,
    int partitions,
    long checkpointMs,
    Timing timing,
    int maxOrdersPerMinute) {

  /** Event time of the first event of a historical-clock run: 2026-01-05T14:30:00Z. */
  public static final long HISTORICAL_START = 1_767_623_400_000L;
}
