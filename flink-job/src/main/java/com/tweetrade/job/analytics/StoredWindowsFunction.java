package com.tweetrade.job.analytics;

import com.tweetrade.model.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Combines a key's panes into 1m/5m/15m aggregates, emitted at every pane boundary: the stored
 * windows ({@link PriceWindowsFunction}, {@link SentimentWindowsFunction}).
 *
 * <p>The cost per event is one pane update upstream; here the cost per pane boundary is one pass
 * over at most {@code 15m / pane} panes (90 for 10 s panes), whatever the number of window lengths.
 * Windows are emitted for every boundary at which they hold at least one event, like a sliding
 * window of the same length and a slide of one pane.
 *
 * <p>State: one map entry per pane of the last 15 minutes and one timer per key. When a key goes
 * quiet its panes age out and both drop to zero, so keys that stop leave nothing behind.
 *
 * @param <P> the pane
 * @param <S> a pane's statistics
 * @param <A> the aggregate of one window
 */
public abstract class StoredWindowsFunction<P extends Pane<S>, S, A>
    extends KeyedProcessFunction<String, P, A> {
  private static final long serialVersionUID = 1L;

  private final PaneWindows panes;
  private final MapStateDescriptor<Long, S> paneDescriptor;
  private final PaneSums<S> sums;
  private transient MapState<Long, S> paneState;

  /**
   * @param paneDescriptor the state of the panes (its name is in savepoints)
   */
  protected StoredWindowsFunction(
      PaneWindows panes, MapStateDescriptor<Long, S> paneDescriptor, PaneSums<S> sums) {
    this.panes = panes;
    this.paneDescriptor = paneDescriptor;
    this.sums = sums;
  }

  /** The aggregate of {@code key} over {@code window} ending at {@code windowEnd}. */
  protected abstract A aggregate(String key, Window window, long windowEnd, S sum);

  @Override
  public void open(OpenContext openContext) {
    paneState = getRuntimeContext().getMapState(paneDescriptor);
  }

  @Override
  public void processElement(P pane, Context ctx, Collector<A> out) throws Exception {
    paneState.put(pane.paneEnd(), pane.stats());
    // The pane arrives with timestamp paneEnd - 1: this timer fires with the watermark that closed
    // it.
    ctx.timerService().registerEventTimeTimer(pane.paneEnd() - 1);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<A> out) throws Exception {
    long windowEnd = timestamp + 1;
    String key = ctx.getCurrentKey();
    List<Long> expired = new ArrayList<>();
    List<Window> windows = panes.windows();
    List<S> windowSums = new ArrayList<>(windows.size());
    for (int i = 0; i < windows.size(); i++) windowSums.add(null);
    boolean anyLeft = false;
    for (Map.Entry<Long, S> e : PaneWindows.inOrder(paneState.entries())) {
      long paneEnd = e.getKey();
      for (int i = 0; i < windows.size(); i++) {
        if (panes.contains(windows.get(i), windowEnd, paneEnd)) {
          if (windowSums.get(i) == null) windowSums.set(i, sums.empty());
          sums.merge(windowSums.get(i), e.getValue());
        }
      }
      if (panes.neededAfter(windowEnd, paneEnd)) anyLeft = true;
      else expired.add(paneEnd);
    }
    // A window without panes is not emitted.
    for (int i = 0; i < windows.size(); i++) {
      S sum = windowSums.get(i);
      if (sum != null) out.collect(aggregate(key, windows.get(i), windowEnd, sum));
    }
    for (Long paneEnd : expired) paneState.remove(paneEnd);
    // Keep refreshing while some pane still counts; re-registering an existing timer is a no-op.
    if (anyLeft) ctx.timerService().registerEventTimeTimer(timestamp + panes.paneMillis());
  }
}
