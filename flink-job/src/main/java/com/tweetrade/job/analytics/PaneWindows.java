package com.tweetrade.job.analytics;

import com.tweetrade.model.Window;
import com.tweetrade.model.WindowSet;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic that turns short panes into sliding windows: the live job's 10 s panes into
 * 1m/5m/15m, a backtest's day panes into 1d/5d/20d ({@link WindowSet}).
 *
 * <p>A window of length L ending at E (exclusive, a multiple of the pane length) holds the panes
 * whose end lies in (E - L, E]. A pane is needed until the longest window that can still end after
 * now has moved past it.
 */
public final class PaneWindows implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long paneMillis;
  private final long longestMillis;
  private final WindowSet windows;

  /**
   * @throws IllegalArgumentException when a window is not a whole number of panes
   */
  public PaneWindows(Duration pane, WindowSet windows) {
    this.paneMillis = pane.toMillis();
    this.windows = windows;
    long longest = 0;
    for (Window w : windows.windows()) {
      long length = w.length().toMillis();
      if (length % paneMillis != 0) {
        throw new IllegalArgumentException(
            "window " + w.label() + " is not a multiple of the pane " + pane);
      }
      longest = Math.max(longest, length);
    }
    this.longestMillis = longest;
  }

  public long paneMillis() {
    return paneMillis;
  }

  /**
   * The exclusive end of the pane holding {@code eventTime}, as Flink's tumbling windows assign it.
   */
  public long paneEnd(long eventTime) {
    return eventTime - Math.floorMod(eventTime, paneMillis) + paneMillis;
  }

  /** The windows, shortest first. */
  public List<Window> windows() {
    return windows.windows();
  }

  /** The windows with the name of their source, which rules are compiled for. */
  public WindowSet windowSet() {
    return windows;
  }

  /**
   * Whether the pane ending at {@code paneEnd} belongs to window {@code w} ending at {@code
   * windowEnd}.
   */
  public boolean contains(Window w, long windowEnd, long paneEnd) {
    return paneEnd <= windowEnd && paneEnd > windowEnd - w.length().toMillis();
  }

  /**
   * Whether a pane ending at {@code paneEnd} can still be part of a window ending after {@code
   * now}.
   */
  public boolean neededAfter(long now, long paneEnd) {
    return paneEnd > now + paneMillis - longestMillis;
  }

  /**
   * The pane entries ordered by pane end. Floating-point sums then do not depend on the state
   * backend's iteration order, so a replay or a restore gives the same bits.
   */
  public static <V> List<Map.Entry<Long, V>> inOrder(Iterable<Map.Entry<Long, V>> entries) {
    List<Map.Entry<Long, V>> list = new ArrayList<>();
    for (Map.Entry<Long, V> e : entries) list.add(Map.entry(e.getKey(), e.getValue()));
    list.sort(Map.Entry.comparingByKey());
    return list;
  }
}
