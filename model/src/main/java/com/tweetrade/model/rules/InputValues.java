package com.tweetrade.model.rules;

import java.util.Map;

/**
 * The current value of each input key ({@code sentiment:tesla:5m}, {@code price:TSLA}, ...).
 *
 * <p>A key without a value (no tweets or quotes seen yet for it) makes every comparison that reads
 * it {@link Truth#UNKNOWN}; see {@link Condition#truth}.
 */
@FunctionalInterface
public interface InputValues {

  /** The value of {@code key}, or {@link Double#NaN} when it has none. */
  double value(String key);

  /** Values backed by a map; absent or null entries have no value. */
  static InputValues of(Map<String, Double> values) {
    return key -> {
      Double v = values.get(key);
      return v == null ? Double.NaN : v;
    };
  }

  /** No input has a value. */
  static InputValues none() {
    return key -> Double.NaN;
  }
}
