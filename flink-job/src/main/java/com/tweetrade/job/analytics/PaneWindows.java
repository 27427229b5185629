package com.tweetrade.job.analytics;

import com.tweetrade.model.Window;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic that turns short panes into the 1m/5m/15m sliding windows.
 *
 * <p>A window of length L ending at E (exclusive, a multiple of the pane length) holds the panes
 * whose end lies in (E - L, E]. A pane is needed until the longest window that can still end after
 * now has moved past it.
 */
public final class PaneWindows implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long paneMillis;
  private final long longestMillis;

  public PaneWindows(Duration pane) {
    this.paneMillis = pane.toMillis();
    long longest = 0;
    for (Window w : Window.values()) {
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
    return List.of(Window.values());
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
