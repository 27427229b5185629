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
 *
 * <p>A window longer than {@link #FINE_HORIZON} over panes shorter than {@link #COARSE_PANE} (the
 * live {@code 1h} over 10 s panes) is <em>coarse</em>: keeping 360 panes per subject for it would
 * be four times the state of the 15 minutes. A pane that leaves the fine windows is rolled up into
 * the one-minute coarse pane holding it ({@link #coarseEnd}), so a coarse window holds the fine
 * panes plus the coarse panes ending in (E - L, E]: the last L rounded out to the whole minute at
 * its old end (60 to 61 minutes for {@code 1h}).
 */
public final class PaneWindows implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The longest window kept in fine panes. */
  public static final Duration FINE_HORIZON = Duration.ofMinutes(15);

  /** The pane of the coarse windows. */
  public static final Duration COARSE_PANE = Duration.ofMinutes(1);

  private final long paneMillis;
  private final long longestMillis;
  private final long coarseLongestMillis;
  private final WindowSet windows;

  /**
   * @throws IllegalArgumentException when a window is not a whole number of panes
   */
  public PaneWindows(Duration pane, WindowSet windows) {
    this.paneMillis = pane.toMillis();
    this.windows = windows;
    long longest = 0;
    long coarseLongest = 0;
    for (Window w : windows.windows()) {
      long length = w.length().toMillis();
      if (length % paneMillis != 0) {
        throw new IllegalArgumentException(
            "window " + w.label() + " is not a multiple of the pane " + pane);
      }
      if (isCoarse(w)) coarseLongest = Math.max(coarseLongest, length);
      else longest = Math.max(longest, length);
    }
    this.longestMillis = longest;
    this.coarseLongestMillis = coarseLongest;
  }

  /** Whether window {@code w} is coarse: longer than the fine horizon over sub-minute panes. */
  public boolean isCoarse(Window w) {
    return paneMillis < COARSE_PANE.toMillis() && w.length().compareTo(FINE_HORIZON) > 0;
  }

  /** Whether some window is coarse (then panes leaving the fine windows are rolled up). */
  public boolean hasCoarse() {
    return coarseLongestMillis > 0;
  }

  /** The end of the coarse pane that the pane ending at {@code paneEnd} is rolled up into. */
  public long coarseEnd(long paneEnd) {
    long coarse = COARSE_PANE.toMillis();
    return (paneEnd - 1) - Math.floorMod(paneEnd - 1, coarse) + coarse;
  }

  /**
   * Whether a coarse pane ending at {@code coarseEnd} belongs to coarse window {@code w} ending at
   * {@code windowEnd}.
   */
  public boolean containsCoarse(Window w, long windowEnd, long coarseEnd) {
    return isCoarse(w) && coarseEnd > windowEnd - w.length().toMillis();
  }

  /**
   * Whether a coarse pane ending at {@code coarseEnd} can still be in a window ending after now.
   */
  public boolean coarseNeededAfter(long now, long coarseEnd) {
    return coarseEnd > now + paneMillis - coarseLongestMillis;
  }

  /** The same panes over the fine windows only: what the stored windows keep (1m/5m/15m live). */
  public PaneWindows fineOnly() {
    if (!hasCoarse()) return this;
    return new PaneWindows(
        Duration.ofMillis(paneMillis),
        new WindowSet(
            windows.source(),
            windows.windows().stream().filter(w -> !isCoarse(w)).toList(),
            windows.bar()));
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
   * Whether a pane ending at {@code paneEnd} can still be part of a fine window ending after {@code
   * now} (after that it belongs to the coarse windows only, rolled up).
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
