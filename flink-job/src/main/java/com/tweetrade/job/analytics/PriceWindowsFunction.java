package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.PriceStats;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Combines a ticker's panes into 1m/5m/15m price statistics, emitted at every pane boundary.
 *
 * <p>The cost per quote is one pane update upstream; here the cost per pane boundary is one pass
 * over at most {@code 15m / pane} panes (90 for 10 s panes), whatever the number of window lengths.
 * Windows are emitted for every boundary at which they hold at least one quote, like a sliding
 * window of the same length and a slide of one pane.
 *
 * <p>State: one map entry per pane of the last 15 minutes and one timer per ticker. When a ticker
 * goes quiet its panes age out and both drop to zero, so tickers that stop trading leave nothing
 * behind.
 */
public class PriceWindowsFunction extends KeyedProcessFunction<String, PricePane, PriceAggregate> {
  private final PaneWindows panes;
  private transient MapState<Long, PriceStats> paneState;

  public PriceWindowsFunction(PaneWindows panes) {
    this.panes = panes;
  }

  @Override
  public void open(OpenContext openContext) {
    paneState = getRuntimeContext().getMapState(Descriptors.PRICE_PANES);
  }

  @Override
  public void processElement(PricePane pane, Context ctx, Collector<PriceAggregate> out)
      throws Exception {
    paneState.put(pane.paneEnd(), pane.stats());
    // The pane arrives with timestamp paneEnd - 1: this timer fires with the watermark that closed
    // it.
    ctx.timerService().registerEventTimeTimer(pane.paneEnd() - 1);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<PriceAggregate> out)
      throws Exception {
    long windowEnd = timestamp + 1;
    String ticker = ctx.getCurrentKey();
    List<Long> expired = new ArrayList<>();
    List<Window> windows = panes.windows();
    PriceStats[] sums = new PriceStats[windows.size()];
    boolean anyLeft = false;
    for (Map.Entry<Long, PriceStats> e : PaneWindows.inOrder(paneState.entries())) {
      long paneEnd = e.getKey();
      for (int i = 0; i < sums.length; i++) {
        if (panes.contains(windows.get(i), windowEnd, paneEnd)) {
          if (sums[i] == null) sums[i] = new PriceStats();
          sums[i].merge(e.getValue());
        }
      }
      if (panes.neededAfter(windowEnd, paneEnd)) anyLeft = true;
      else expired.add(paneEnd);
    }
    for (int i = 0; i < sums.length; i++) {
      if (sums[i] != null) out.collect(toAggregate(ticker, windows.get(i), windowEnd, sums[i]));
    }
    for (Long paneEnd : expired) paneState.remove(paneEnd);
    // Keep refreshing while some pane still counts; re-registering an existing timer is a no-op.
    if (anyLeft) ctx.timerService().registerEventTimeTimer(timestamp + panes.paneMillis());
  }

  static PriceAggregate toAggregate(String ticker, Window w, long windowEnd, PriceStats s) {
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
