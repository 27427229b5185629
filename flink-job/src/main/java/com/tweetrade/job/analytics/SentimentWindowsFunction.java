package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.SentimentStats;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.Window;

/**
 * Combines a keyword's panes into 1m/5m/15m sentiment, emitted at every pane boundary.
 *
 * <p>Same scheme and state bounds as {@link PriceWindowsFunction} ({@link StoredWindowsFunction}):
 * at most {@code 15m / pane} map entries and one timer per keyword, both gone 15 minutes after the
 * keyword's last mention.
 */
public class SentimentWindowsFunction
    extends StoredWindowsFunction<KeywordPane, SentimentStats, SentimentAggregate> {
  public SentimentWindowsFunction(PaneWindows panes) {
    super(panes, Descriptors.SENTIMENT_PANES, PaneSums.SENTIMENT);
  }

  @Override
  protected SentimentAggregate aggregate(
      String keyword, Window w, long windowEnd, SentimentStats s) {
    return new SentimentAggregate(
        keyword,
        w.label(),
        windowEnd,
        s.meanCompound(),
        s.count,
        s.sharePositive(),
        s.shareNegative());
  }
}
