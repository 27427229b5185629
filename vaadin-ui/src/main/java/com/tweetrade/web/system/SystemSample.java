package com.tweetrade.web.system;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One sample of the running system.
 *
 * @param at when it was taken
 * @param rates records per second by flow ({@link #QUOTES}, {@link #TWEETS}, {@link #TRADES},
 *     {@link #DEAD_LETTERS}); empty on the first sample (a rate needs two) and when Kafka failed
 * @param lag the job's consumer group's lag per topic it has committed offsets on
 * @param kafkaProblem why Kafka gave nothing, null when it answered
 * @param flink what Flink's REST API said
 */
public record SystemSample(
    Instant at,
    Map<String, Double> rates,
    Map<String, Long> lag,
    @Nullable String kafkaProblem,
    FlinkStatus flink) {
  public static final String QUOTES = "quotes";
  public static final String TWEETS = "tweets";
  public static final String TRADES = "trades";
  public static final String DEAD_LETTERS = "dead letters";
}
