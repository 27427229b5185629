package com.tweetrade.bench;

import java.util.Map;

/**
 * One run's fresh topics. Outputs use {@code LogAppendTime}, so a record's timestamp is the moment
 * the broker appended it: the end point of the event-to-trade latency.
 */
public record BenchTopics(String quotes, String tweets, String rules, String aggregates, String deadLetters,
    String trades, String positions) {

  /**
   * Inputs keep everything: historical-clock records carry old timestamps, and time retention would
   * delete them at the next log check (seen after a broker restart).
   */
  private static final Map<String, String> INPUT = Map.of("max.message.bytes", "2097152", "retention.ms", "-1");
  private static final Map<String, String> APPEND_TIME = Map.of("message.timestamp.type", "LogAppendTime");

  /** Inputs with {@code partitions} partitions each (rules: 1, compacted). */
  public static BenchTopics create(BenchKafka kafka, int partitions) {
    return new BenchTopics(
        kafka.createTopic("quotes", partitions, INPUT),
        kafka.createTopic("tweets", partitions, INPUT),
        kafka.createTopic("rules", 1, Map.of("cleanup.policy", "compact")),
        kafka.createTopic("aggregates", 1, APPEND_TIME),
        kafka.createTopic("dead-letters", 1, Map.of("message.timestamp.type", "LogAppendTime",
            "max.message.bytes", "2097152")),
        kafka.createTopic("trades", 2, APPEND_TIME),
        kafka.createTopic("positions", 1, APPEND_TIME));
  }

  /** Same inputs, fresh outputs: for a second run over the same data. */
  public BenchTopics withFreshOutputs(BenchKafka kafka) {
    return new BenchTopics(quotes, tweets, rules, kafka.createTopic("aggregates", 1, APPEND_TIME),
        kafka.createTopic("dead-letters", 1, Map.of("message.timestamp.type", "LogAppendTime",
            "max.message.bytes", "2097152")),
        kafka.createTopic("trades", 2, APPEND_TIME), kafka.createTopic("positions", 1, APPEND_TIME));
  }
}
