package com.tweetrade.web.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.TopicPartition;

/**
 * Rates and lag from Kafka offsets: pure arithmetic on two samples of end offsets and on a consumer
 * group's committed offsets.
 */
public final class KafkaRates {
  private KafkaRates() {}

  /**
   * End offsets summed per topic at one instant.
   *
   * @param at when the offsets were read
   * @param endOffsets per topic, the sum over its partitions of the next offset to be written
   */
  public record Offsets(Instant at, Map<String, Long> endOffsets) {}

  /**
   * Records per second of each topic between two samples: the growth of its end offsets over the
   * time between them. A topic missing from either sample, or whose offsets went back (deleted and
   * created again), has no rate; two samples at the same instant give none either.
   */
  public static Map<String, Double> perSecond(Offsets before, Offsets after) {
    Map<String, Double> rates = new TreeMap<>();
    double seconds = Duration.between(before.at(), after.at()).toNanos() / 1e9;
    if (seconds <= 0) return rates;
    after
        .endOffsets()
        .forEach(
            (topic, end) -> {
              Long start = before.endOffsets().get(topic);
              if (start != null && end >= start) rates.put(topic, (end - start) / seconds);
            });
    return rates;
  }

  /** Sums per-partition offsets by topic. */
  public static Map<String, Long> byTopic(Map<TopicPartition, Long> offsets) {
    Map<String, Long> sums = new TreeMap<>();
    offsets.forEach((tp, offset) -> sums.merge(tp.topic(), offset, Long::sum));
    return sums;
  }

  /**
   * A consumer group's lag per topic: for each partition it has committed an offset on, the end
   * offset minus the committed one (never below 0: the end may have been read just before a newer
   * commit), summed over the topic. Partitions with a commit but no end offset read are left out.
   */
  public static Map<String, Long> lag(
      Map<TopicPartition, Long> endOffsets, Map<TopicPartition, Long> committed) {
    Map<String, Long> lag = new TreeMap<>();
    committed.forEach(
        (tp, offset) -> {
          Long end = endOffsets.get(tp);
          if (end != null) lag.merge(tp.topic(), Math.max(0, end - offset), Long::sum);
        });
    return lag;
  }
}
