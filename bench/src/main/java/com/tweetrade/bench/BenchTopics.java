package com.tweetrade.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * One run's fresh topics, with the timestamps the latency measures need (issue 14).
 *
 * <p>Inputs (quotes, tweets) use {@code LogAppendTime}: the producer's send callback then reports
 * the moment the broker appended each record ({@code RecordMetadata.timestamp()}), the start point
 * of the decision and visible latency. The job reads event times from the payload, never from the
 * record timestamp, so this changes nothing for it. Trades use {@code CreateTime}: a trade record's
 * timestamp is the wall clock when the job's sink wrote it, right after paper trading emitted the
 * trade, the end point of the decision latency. The other outputs use {@code LogAppendTime}.
 */
public record BenchTopics(
    String quotes,
    String tweets,
    String rules,
    String aggregates,
    String deadLetters,
    String trades,
    String positions) {

  private static final Map<String, String> APPEND_TIME =
      Map.of("message.timestamp.type", "LogAppendTime");

  /**
   * Inputs keep everything: historical-clock records carry old event times, and time retention
   * would delete them at the next log check (seen after a broker restart).
   */
  private static final Map<String, String> INPUT =
      with(APPEND_TIME, "max.message.bytes", "2097152", "retention.ms", "-1");

  private static final Map<String, String> CREATE_TIME =
      Map.of("message.timestamp.type", "CreateTime");
  private static final Map<String, String> DEAD_LETTERS =
      with(APPEND_TIME, "max.message.bytes", "2097152");

  /** Inputs with {@code partitions} partitions each (rules: 1, compacted). */
  public static BenchTopics create(BenchKafka kafka, int partitions) {
    return new BenchTopics(
        kafka.createTopic("quotes", partitions, INPUT),
        kafka.createTopic("tweets", partitions, INPUT),
        kafka.createTopic("rules", 1, Map.of("cleanup.policy", "compact")),
        kafka.createTopic("aggregates", 1, APPEND_TIME),
        kafka.createTopic("dead-letters", 1, DEAD_LETTERS),
        kafka.createTopic("trades", 2, CREATE_TIME),
        kafka.createTopic("positions", 1, APPEND_TIME));
  }

  /** Same inputs, fresh outputs: for a second run over the same data. */
  public BenchTopics withFreshOutputs(BenchKafka kafka) {
    return new BenchTopics(
        quotes,
        tweets,
        rules,
        kafka.createTopic("aggregates", 1, APPEND_TIME),
        kafka.createTopic("dead-letters", 1, DEAD_LETTERS),
        kafka.createTopic("trades", 2, CREATE_TIME),
        kafka.createTopic("positions", 1, APPEND_TIME));
  }

  /** The topic configs the bench creates its inputs with. */
  static Map<String, String> inputConfigs() {
    return INPUT;
  }

  /** The topic configs the bench creates its trades topic with. */
  static Map<String, String> tradesConfigs() {
    return CREATE_TIME;
  }

  private static Map<String, String> with(Map<String, String> base, String... keyValues) {
    Map<String, String> out = new HashMap<>(base);
    for (int i = 0; i < keyValues.length; i += 2) out.put(keyValues[i], keyValues[i + 1]);
    return Map.copyOf(out);
  }
}
