package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.SentimentStats;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Combines a keyword's panes into 1m/5m/15m sentiment, emitted at every pane boundary.
 *
 * <p>Same scheme and state bounds as {@link PriceWindowsFunction}: at most {@code 15m / pane} map
 * entries and one timer per keyword, both gone 15 minutes after the keyword's last mention.
 */
public class SentimentWindowsFunction
    extends KeyedProcessFunction<String, KeywordPane, SentimentAggregate> {
  private final PaneWindows panes;
  private transient MapState<Long, SentimentStats> paneState;

  public SentimentWindowsFunction(PaneWindows panes) {
    this.panes = panes;
  }

  @Override
  public void open(OpenContext openContext) {
    paneState = getRuntimeContext().getMapState(Descriptors.SENTIMENT_PANES);
  }

  @Override
  public void processElement(KeywordPane pane, Context ctx, Collector<SentimentAggregate> out)
      throws Exception {
    paneState.put(pane.paneEnd(), pane.stats());
    ctx.timerService().registerEventTimeTimer(pane.paneEnd() - 1);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<SentimentAggregate> out)
      throws Exception {
    long windowEnd = timestamp + 1;
    String keyword = ctx.getCurrentKey();
    List<Long> expired = new ArrayList<>();
    List<Window> windows = panes.windows();
    SentimentStats[] sums = new SentimentStats[windows.size()];
    boolean anyLeft = false;
    for (Map.Entry<Long, SentimentStats> e : PaneWindows.inOrder(paneState.entries())) {
      long paneEnd = e.getKey();
      for (int i = 0; i < sums.length; i++) {
        if (panes.contains(windows.get(i), windowEnd, paneEnd)) {
          if (sums[i] == null) sums[i] = new SentimentStats();
          sums[i].merge(e.getValue());
        }
      }
      if (panes.neededAfter(windowEnd, paneEnd)) anyLeft = true;
      else expired.add(paneEnd);
    }
    for (int i = 0; i < sums.length; i++) {
      SentimentStats s = sums[i];
      if (s != null) {
        out.collect(
            new SentimentAggregate(
                keyword,
                windows.get(i).label(),
                windowEnd,
                s.meanCompound(),
                s.count,
                s.sharePositive(),
                s.shareNegative()));
      }
    }
    for (Long paneEnd : expired) paneState.remove(paneEnd);
    if (anyLeft) ctx.timerService().registerEventTimeTimer(timestamp + panes.paneMillis());
  }
}
