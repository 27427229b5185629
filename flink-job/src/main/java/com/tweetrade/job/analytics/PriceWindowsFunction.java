package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.PriceStats;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.Window;

/**
 * Combines a ticker's panes into 1m/5m/15m price statistics, emitted at every pane boundary.
 *
 * <p>Scheme, cost and state bounds: {@link StoredWindowsFunction}. Tickers that stop trading leave
 * nothing behind.
 */
public class PriceWindowsFunction
    extends StoredWindowsFunction<PricePane, PriceStats, PriceAggregate> {
  public PriceWindowsFunction(PaneWindows panes) {
    super(panes, Descriptors.PRICE_PANES, PaneSums.PRICE);
  }

  @Override
  protected PriceAggregate aggregate(String ticker, Window w, long windowEnd, PriceStats s) {
    return new PriceAggregate(
        ticker,
        w.label(),
        windowEnd,
        s.average(),
        s.vwap(),
        s.min,
        s.max,
        s.last,
        s.count,
        s.volume);
  }
}
