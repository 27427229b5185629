package com.tweetrade.model;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * The windows one source of prices and posts can serve, and its name for error messages: a rule
 * reading another window is refused where it is compiled for that source.
 *
 * @param source what the windows are computed from, e.g. {@code live data}
 * @param windows shortest first
 * @param bar the bar of the source's indicators ({@code ema}, {@code rsi}): the closing price of
 *     each bar of this length (event time, from the epoch, so UTC midnight for days); null when the
 *     source has no prices to make bars of, and rules reading indicators are refused
 */
public record WindowSet(String source, List<Window> windows, Duration bar) implements Serializable {
  /**
   * What the live job computes for rules from its 10 s panes (1h from one-minute roll-ups of them);
   * indicators over one-minute bars.
   */
  public static final WindowSet LIVE =
      new WindowSet(
          "live data",
          List.of(Window.ONE_MINUTE, Window.FIVE_MINUTES, Window.FIFTEEN_MINUTES, Window.ONE_HOUR),
          Duration.ofMinutes(1));

  /**
   * The live windows the job stores (the aggregates topic, Cassandra) and the dashboard charts:
   * {@code 1h} is for rules only, so the stored rows stay 1m/5m/15m.
   */
  public static final WindowSet LIVE_STORED =
      new WindowSet(
          "live data",
          List.of(Window.ONE_MINUTE, Window.FIVE_MINUTES, Window.FIFTEEN_MINUTES),
          Duration.ofMinutes(1));

  public WindowSet {
    windows = List.copyOf(windows);
  }

  /** A source without indicators. */
  public WindowSet(String source, List<Window> windows) {
    this(source, windows, null);
  }

  public boolean contains(Window window) {
    return windows.contains(window);
  }

  /** Whether the source serves {@code ema} and {@code rsi}. */
  public boolean hasBars() {
    return bar != null;
  }

  /** The labels, shortest first, e.g. {@code [1m, 5m, 15m]}. */
  public List<String> labels() {
    return windows.stream().map(Window::label).toList();
  }

  /** The bar in words for messages, e.g. {@code one-minute}. */
  public String barName() {
    if (bar == null) return "no";
    if (bar.equals(Duration.ofMinutes(1))) return "one-minute";
    if (bar.equals(Duration.ofDays(1))) return "one-day";
    return bar.toString();
  }
}
