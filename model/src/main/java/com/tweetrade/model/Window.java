package com.tweetrade.model;

import java.time.Duration;
import java.util.Arrays;

/**
 * The window lengths of the rule language. Which of them a job computes depends on its source
 * ({@link WindowSet}): the live job has the minute windows, a backtest on daily closes the day
 * windows.
 *
 * <p>Lengths are event time: {@code 5d} is 120 hours (3 to 5 trading days of daily closes, as
 * weekends and holidays fall), not five trading days.
 */
public enum Window {
  ONE_MINUTE("1m", Duration.ofMinutes(1)),
  FIVE_MINUTES("5m", Duration.ofMinutes(5)),
  FIFTEEN_MINUTES("15m", Duration.ofMinutes(15)),
  ONE_HOUR("1h", Duration.ofHours(1)),
  ONE_DAY("1d", Duration.ofDays(1)),
  FIVE_DAYS("5d", Duration.ofDays(5)),
  TWENTY_DAYS("20d", Duration.ofDays(20));

  private final String label;
  private final Duration length;

  Window(String label, Duration length) {
    this.label = label;
    this.length = length;
  }

  /** The label users type and the wire carries, e.g. {@code 5m}. */
  public String label() {
    return label;
  }

  public Duration length() {
    return length;
  }

  /** Parses a label such as {@code 5m}; throws with the supported labels when it is unknown. */
  public static Window fromLabel(String label) {
    for (Window w : values()) {
      if (w.label.equalsIgnoreCase(label)) return w;
    }
    throw new IllegalArgumentException(
        "unsupported window '" + label + "', expected one of " + Arrays.toString(labels()));
  }

  /** Every label of the language, shortest window first. */
  public static String[] labels() {
    return Arrays.stream(values()).map(Window::label).toArray(String[]::new);
  }
}
