package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.LiveCursor;
import com.tweetrade.job.rules.InputUpdate;
import com.tweetrade.job.rules.RuleInputFilter;
import com.tweetrade.job.rules.RulesDescriptors;
import com.tweetrade.job.rules.RulesStart;
import com.tweetrade.model.Window;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.tickers.TickerDirectory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.ListTypeInfo;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule inputs of one subject (the key: a ticker or a keyword), kept current on every event.
 *
 * <p>On each event it emits a tick update: every window as the sliding window that ends at that
 * event, i.e. the closed panes of the window plus the live partial pane. When the watermark closes
 * a pane it emits a close update: the windows ending at that pane boundary, exactly what the stored
 * aggregates hold, and for a window left without events the "no data" values ({@link #putValues}
 * with an empty sum). The pane arithmetic is {@link PaneWindows}', shared with the stored windows.
 *
 * <p>Cost per event: one pane update and one merge per window (the closed part of each window is
 * cached and recomputed once per new pane). State per subject: the panes of the last 15 minutes and
 * beyond them the panes ahead of the watermark, for a coarse window (live {@code 1h}) the
 * one-minute roll-ups of older panes ({@link PaneWindows#isCoarse}), the cached sums, a cursor and
 * one timer; all of it is gone one longest window after the subject's last event. Events in a pane
 * the watermark already closed are skipped, as the stored windows drop them.
 *
 * <p>Only the updates some rule reads leave ({@link RuleInputFilter}, fed by the rules on the
 * broadcast input): the windows themselves are kept for every subject, so a rule added later gets
 * the right values with the next event. Connect the rules through {@link WithoutEventTimeOperator}:
 * they must not move (nor hold back) this operator's event time, which stays the events'.
 *
 * @param <E> the event
 * @param <S> a pane's statistics (a Flink POJO)
 */
public abstract class LiveWindowsFunction<E, S>
    extends KeyedBroadcastProcessFunction<String, E, RuleEvent, InputUpdate>
    implements CheckpointedFunction {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(LiveWindowsFunction.class);

  private final PaneWindows panes;
  private final PaneSums<S> paneSums;
  private final boolean keyword;
  private final TickerDirectory tickers;
  private final RulesStart rulesStart;
  private transient RuleInputFilter filter;
  private transient Counter unread;
  private transient MapState<Long, S> paneState;

  /** One-minute roll-ups of the panes that left the fine windows, for the coarse ones (1h). */
  private transient MapState<Long, S> coarseState;

  private transient ValueState<List<S>> closedSums;
  private transient ValueState<LiveCursor> cursorState;
  private transient Counter skippedLate;

  /**
   * @param tickers the tickers rules may use (as the router's), or null to accept any well-formed
   *     symbol
   * @param rulesStart whether the rules stream ends the rules of job start with a marker (then
   *     every update leaves until it)
   */
  protected LiveWindowsFunction(
      PaneWindows panes,
      PaneSums<S> paneSums,
      boolean keyword,
      TickerDirectory tickers,
      RulesStart rulesStart) {
    this.panes = panes;
    this.paneSums = paneSums;
    this.keyword = keyword;
    this.tickers = tickers;
    this.rulesStart = rulesStart;
  }

  protected abstract void add(S stats, E event);

  protected abstract long count(S stats);

  /** Event time of the newest event in {@code stats}, or {@code paneEnd - 1} if it does not say. */
  protected abstract long newestEventTime(S stats, long paneEnd);

  /**
   * The id of the event for trades it triggers: {@code quote:TSLA@t#i}, {@code tweet:42}.
   *
   * @param sameMillisIndex how many events of the subject with the same time came before it
   */
  protected abstract String triggerId(String subject, E event, long time, int sameMillisIndex);

  /**
   * Puts the inputs of {@code subject} over {@code window} into {@code values}; {@code sum} has
   * count 0 when the window holds no event ("no data": a count of 0, no value for the rest).
   */
  protected abstract void putValues(
      String subject, Window window, S sum, Map<String, Double> values);

  /**
   * Whether the subject has bar indicators ({@code ema}, {@code rsi}): then {@link #putBarValues}
   * and {@link #closeBars} are called with the indicator keys its rules read.
   */
  protected boolean hasBars() {
    return false;
  }

  /**
   * Puts the values at {@code upTo} of the indicators {@code keys}, the bar in progress included.
   *
   * @param time the event time of the values (for an indicator read for the first time)
   */
  protected void putBarValues(
      String subject, Set<String> keys, long upTo, long time, Map<String, Double> values)
      throws Exception {}

  /**
   * At the close of the pane ending at {@code windowEnd} (before its panes expire): takes in the
   * bar that ends there, if one does, and forgets indicators no rule reads any more.
   */
  protected void closeBars(String subject, Set<String> keys, long windowEnd) throws Exception {}

  /** The subject's windows are all empty and their state is cleared: so may the bars' be. */
  protected void clearBars() throws Exception {}

  protected PaneWindows panes() {
    return panes;
  }

  /** This subject's panes, ordered by pane end. */
  protected List<Map.Entry<Long, S>> panesInOrder() throws Exception {
    return PaneWindows.inOrder(paneState.entries());
  }

  @Override
  public void open(OpenContext openContext) throws Exception {
    paneState =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("live-panes", Types.LONG, paneSums.type()));
    coarseState =
        getRuntimeContext()
            .getMapState(
                new MapStateDescriptor<>("live-coarse-panes", Types.LONG, paneSums.type()));
    closedSums =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>(
                    "live-closed-sums", new ListTypeInfo<>(paneSums.type())));
    cursorState =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>("live-cursor", TypeInformation.of(LiveCursor.class)));
    skippedLate = getRuntimeContext().getMetricGroup().counter("liveEventsBehindWatermark");
    unread = getRuntimeContext().getMetricGroup().counter("ruleInputsNotRead");
    // Said when it starts filtering (at the rules' catch-up marker), or now if it does not yet.
    if (!filter.filtering()) log(null);
  }

  @Override
  public void initializeState(FunctionInitializationContext context) throws Exception {
    filter = new RuleInputFilter(tickers, panes.windowSet());
    filter.initialize(context, rulesStart);
  }

  @Override
  public void snapshotState(FunctionSnapshotContext context) throws Exception {
    filter.snapshot();
  }

  @Override
  public void processBroadcastElement(RuleEvent rule, Context ctx, Collector<InputUpdate> out)
      throws Exception {
    var rules = ctx.getBroadcastState(RulesDescriptors.RULES);
    if (filter.apply(rule, rules)) log(rules);
  }

  private void log(ReadOnlyBroadcastState<String, RuleEvent> rules) throws Exception {
    LOG.info(
        "{} {}",
        getRuntimeContext().getTaskInfo().getTaskNameWithSubtasks(),
        filter.describe(rules));
  }

  /** Whether updates that no rule reads are dropped (for tests). */
  boolean filtering() {
    return filter.filtering();
  }

  @Override
  public void processElement(E event, ReadOnlyContext ctx, Collector<InputUpdate> out)
      throws Exception {
    // The record's timestamp: the event time the source assigned (mentions carry their tweet's).
    long time = ctx.timestamp();
    long paneEnd = panes.paneEnd(time);
    // The stored windows drop an event whose pane the watermark closed: so do the rules' inputs.
    if (paneEnd - 1 <= ctx.timerService().currentWatermark()) {
      skippedLate.inc();
      return;
    }
    S pane = paneState.get(paneEnd);
    boolean newPane = pane == null;
    if (newPane) {
      pane = paneSums.empty();
      // Fires with the watermark that closes the pane, as the stored windows' timers do.
      ctx.timerService().registerEventTimeTimer(paneEnd - 1);
    }
    add(pane, event);
    paneState.put(paneEnd, pane);

    LiveCursor cursor = cursorState.value();
    if (cursor == null) cursor = new LiveCursor();
    List<S> closed = closedSums.value();
    if (closed == null || paneEnd != cursor.latestPaneEnd) {
      cursor.latestPaneEnd = Math.max(cursor.latestPaneEnd, paneEnd);
      closed = sumsBefore(cursor.latestPaneEnd);
      closedSums.update(closed);
    }
    cursor.sameMillisIndex = time == cursor.lastEventTime ? cursor.sameMillisIndex + 1 : 0;
    cursor.lastEventTime = time;
    cursor.newestEventTime = Math.max(cursor.newestEventTime, time);
    cursorState.update(cursor);

    String subject = ctx.getCurrentKey();
    // The state above is kept for every subject; the values are worked out only for a subject some
    // rule reads.
    if (!filter.emits(tickOf(subject), ctx.getBroadcastState(RulesDescriptors.RULES))) {
      unread.inc();
      return;
    }
    S latest = paneEnd == cursor.latestPaneEnd ? pane : paneState.get(cursor.latestPaneEnd);
    List<Window> windows = panes.windows();
    Map<String, Double> values = new HashMap<>();
    for (int i = 0; i < windows.size(); i++) {
      S sum = paneSums.empty();
      paneSums.merge(sum, closed.get(i));
      paneSums.merge(sum, latest);
      putValues(subject, windows.get(i), sum, values);
    }
    if (hasBars()) {
      Set<String> bars = filter.indicators(subject, ctx.getBroadcastState(RulesDescriptors.RULES));
      if (!bars.isEmpty()) putBarValues(subject, bars, Long.MAX_VALUE, time, values);
    }
    out.collect(
        new InputUpdate(
            subject,
            time,
            values,
            false,
            keyword,
            triggerId(subject, event, time, cursor.sameMillisIndex),
            cursor.newestEventTime));
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<InputUpdate> out)
      throws Exception {
    long windowEnd = timestamp + 1;
    String subject = ctx.getCurrentKey();
    // At a pane boundary every subject's timer fires at once: the windows are summed only for a
    // subject some rule reads on close; for the others only the panes are kept up to date.
    boolean read =
        filter.emits(closeOf(subject, windowEnd), ctx.getBroadcastState(RulesDescriptors.RULES));
    List<Window> windows = panes.windows();
    List<S> sums = new ArrayList<>(windows.size());
    if (read) for (int i = 0; i < windows.size(); i++) sums.add(paneSums.empty());
    List<Long> expired = new ArrayList<>();
    boolean anyLeft = false;
    boolean anyData = false;
    long newest = Long.MIN_VALUE;
    for (Map.Entry<Long, S> e : PaneWindows.inOrder(paneState.entries())) {
      long paneEnd = e.getKey();
      if (paneEnd > windowEnd) {
        anyLeft = true; // ahead of the watermark: its own timer closes it
        continue;
      }
      boolean hasEvents = count(e.getValue()) > 0;
      for (int i = 0; i < windows.size(); i++) {
        if (panes.contains(windows.get(i), windowEnd, paneEnd)) {
          anyData |= hasEvents;
          if (read) paneSums.merge(sums.get(i), e.getValue());
        }
      }
      if (hasEvents) newest = Math.max(newest, newestEventTime(e.getValue(), paneEnd));
      if (panes.neededAfter(windowEnd, paneEnd)) anyLeft = true;
      else expired.add(paneEnd);
    }
    List<Long> coarseExpired = new ArrayList<>();
    if (panes.hasCoarse()) {
      for (Map.Entry<Long, S> e : PaneWindows.inOrder(coarseState.entries())) {
        long coarseEnd = e.getKey();
        for (int i = 0; i < windows.size(); i++) {
          if (panes.containsCoarse(windows.get(i), windowEnd, coarseEnd)) {
            anyData = true;
            if (read) paneSums.merge(sums.get(i), e.getValue());
          }
        }
        newest = Math.max(newest, newestEventTime(e.getValue(), coarseEnd));
        if (panes.coarseNeededAfter(windowEnd, coarseEnd)) anyLeft = true;
        else coarseExpired.add(coarseEnd);
      }
    }
    Set<String> bars =
        hasBars()
            ? filter.indicators(subject, ctx.getBroadcastState(RulesDescriptors.RULES))
            : Set.of();
    if (hasBars()) closeBars(subject, bars, windowEnd);
    if (read) {
      Map<String, Double> values = new HashMap<>();
      for (int i = 0; i < windows.size(); i++)
        putValues(subject, windows.get(i), sums.get(i), values);
      if (!bars.isEmpty()) putBarValues(subject, bars, windowEnd, windowEnd - 1, values);
      out.collect(
          new InputUpdate(
              subject,
              windowEnd,
              values,
              true,
              keyword,
              "close:" + subject + '@' + windowEnd,
              newest));
    } else {
      unread.inc();
    }
    // The expired panes are in no window that ends after this one, so the cached sums never hold
    // them.
    for (Long paneEnd : expired) {
      // Out of the fine windows: into its minute, while that is still in a coarse window.
      long coarseEnd = panes.coarseEnd(paneEnd);
      if (panes.hasCoarse() && panes.coarseNeededAfter(windowEnd, coarseEnd)) {
        S coarse = coarseState.get(coarseEnd);
        if (coarse == null) coarse = paneSums.empty();
        paneSums.merge(coarse, paneState.get(paneEnd));
        coarseState.put(coarseEnd, coarse);
        anyLeft = true;
      }
      paneState.remove(paneEnd);
    }
    for (Long coarseEnd : coarseExpired) coarseState.remove(coarseEnd);
    if (anyLeft || anyData) {
      // One more boundary after the last pane leaves: it says "no data" in every window.
      ctx.timerService().registerEventTimeTimer(timestamp + panes.paneMillis());
    } else {
      paneState.clear();
      coarseState.clear();
      closedSums.clear();
      cursorState.clear();
      if (hasBars()) clearBars();
    }
  }

  /** A close of {@code subject} without values: what the filter decides on. */
  private InputUpdate closeOf(String subject, long windowEnd) {
    return new InputUpdate(subject, windowEnd, Map.of(), true, keyword, "", Long.MIN_VALUE);
  }

  /**
   * A tick of {@code subject} without values: what the filter decides on, before the values are
   * worked out.
   */
  private InputUpdate tickOf(String subject) {
    return new InputUpdate(subject, 0, Map.of(), false, keyword, "", Long.MIN_VALUE);
  }

  /**
   * Per window, the sum of the panes that the window ending at {@code latestPaneEnd} holds before
   * it.
   */
  private List<S> sumsBefore(long latestPaneEnd) throws Exception {
    List<Window> windows = panes.windows();
    List<S> sums = new ArrayList<>(windows.size());
    for (int i = 0; i < windows.size(); i++) sums.add(paneSums.empty());
    for (Map.Entry<Long, S> e : PaneWindows.inOrder(paneState.entries())) {
      long paneEnd = e.getKey();
      if (paneEnd >= latestPaneEnd) continue;
      for (int i = 0; i < windows.size(); i++) {
        if (panes.contains(windows.get(i), latestPaneEnd, paneEnd))
          paneSums.merge(sums.get(i), e.getValue());
      }
    }
    if (panes.hasCoarse()) {
      for (Map.Entry<Long, S> e : PaneWindows.inOrder(coarseState.entries())) {
        for (int i = 0; i < windows.size(); i++) {
          if (panes.containsCoarse(windows.get(i), latestPaneEnd, e.getKey()))
            paneSums.merge(sums.get(i), e.getValue());
        }
      }
    }
    return sums;
  }
}
