package com.tweetrade.model;

import java.io.Serializable;
import java.util.List;

/**
 * The windows one source of prices and posts can serve, and its name for error messages: a rule
 * reading another window is refused where it is compiled for that source.
 *
 * @param source what the windows are computed from, e.g. {@code live data}
 * @param windows shortest first
 */
public record WindowSet(String source, List<Window> windows) implements Serializable {
  /** What the live job computes from its 10 s panes; the stored aggregates hold the same. */
  public static final WindowSet LIVE =
      new WindowSet(
          "live data", List.of(Window.ONE_MINUTE, Window.FIVE_MINUTES, Window.FIFTEEN_MINUTES));

  public WindowSet {
    windows = List.copyOf(windows);
  }

  public boolean contains(Window window) {
    return windows.contains(window);
  }

  /** The labels, shortest first, e.g. {@code [1m, 5m, 15m]}. */
  public List<String> labels() {
    return windows.stream().map(Window::label).toList();
  }
}
