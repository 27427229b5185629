package com.tweetrade.model;

import java.time.Duration;
import java.util.Arrays;

/** The window lengths that analytics compute and rules may refer to. */
public enum Window {
  ONE_MINUTE("1m", Duration.ofMinutes(1)),
  FIVE_MINUTES("5m", Duration.ofMinutes(5)),
  FIFTEEN_MINUTES("15m", Duration.ofMinutes(15));

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

  public static String[] labels() {
    return Arrays.stream(values()).map(Window::label).toArray(String[]::new);
  }
}
