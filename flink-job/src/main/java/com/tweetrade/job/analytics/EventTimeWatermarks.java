package com.tweetrade.job.analytics;

import com.tweetrade.job.rules.RulesCatchUpOperator;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.BoundedOutOfOrdernessWatermarks;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/** The watermark strategies of the job's inputs. */
public final class EventTimeWatermarks {
  private EventTimeWatermarks() {}

  /**
   * Events: their own time, bounded disorder, and idle partitions do not hold back event time.
   * Undecodable events and those too far ahead of the wall clock ({@code limit}) do not move it.
   */
  public static <T> WatermarkStrategy<Decoded<T>> forEvents(
      Duration outOfOrderness, Duration idleness, EventTimeLimit limit) {
    return WatermarkStrategy.<Decoded<T>>forGenerator(
            ctx ->
                new BoundedFutureWatermarks<>(
                    new BoundedOutOfOrdernessWatermarks<>(outOfOrderness), limit))
        .withIdleness(idleness)
        .withTimestampAssigner((decoded, kafkaTime) -> decoded.eventTime());
  }

  /**
   * Rules have no event time. They get the largest timestamp and watermark, so that an operator
   * joining rules with events takes its event time from the events alone and a quiet rules topic
   * never stalls the windows (the fraud-detection demo's approach).
   */
  public static <T> WatermarkStrategy<T> forRules() {
    return WatermarkStrategy.<T>forGenerator(ctx -> new MaxWatermarkGenerator<>())
        .withTimestampAssigner((rule, kafkaTime) -> Long.MAX_VALUE);
  }

  /**
   * The read of the rules at job start: the same timestamps as {@link #forRules()}, but no
   * watermarks; {@link RulesCatchUpOperator} lets event time go only once that read has ended.
   */
  public static <T> WatermarkStrategy<T> forRulesAtStart() {
    return WatermarkStrategy.<T>noWatermarks()
        .withTimestampAssigner((rule, kafkaTime) -> Long.MAX_VALUE);
  }
}
