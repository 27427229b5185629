package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.PriceStats;
import com.tweetrade.job.rules.RulesStart;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Window;
import com.tweetrade.model.rules.InputKeys;
import com.tweetrade.model.rules.InputKind;
import com.tweetrade.model.tickers.TickerDirectory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * A ticker's rule inputs on every quote and at every pane close: {@code price} (last, $), and per
 * window {@code avg}, {@code vwap}, {@code high}, {@code low} ($), {@code shares} (shares traded, 0
 * in a window without quotes) and {@code change} (% of last against avg), as the stored price
 * aggregates define them ({@link PriceWindowsFunction}, {@link InputKeys#changePercent}).
 *
 * <p>And the indicators some rule reads ({@code ema:TSLA:12}, {@code rsi:TSLA:14}) over the bars of
 * the source ({@code WindowSet.bar()}: one minute live): a bar's close is its last price; the
 * watermark's close of the bar's last pane takes it into the indicator's state ({@link
 * BarIndicators}), and every value also counts the bar in progress at its latest price, as charting
 * tools do in real time. Every ticker keeps its last 501 bar closes ({@link BarCloses}, cleared
 * with its windows an hour after its last quote), so an indicator a rule starts to read (or reads
 * only once the rules reach this operator, after the prices: a start, a backtest) begins with the
 * bars already seen. An indicator's state (a few numbers) is dropped at the ticker's next bar
 * boundary after no rule reads it.
 */
public class PriceInputsFunction extends LiveWindowsFunction<Quote, PriceStats> {
  private static final long serialVersionUID = 1L;

  /** Keyed state name: part of savepoints. */
  static final String INDICATORS = "price-indicators";

  /** Keyed state name: part of savepoints. */
  static final String BAR_CLOSES = "price-bar-closes";

  private final long barMillis;
  private transient MapState<String, IndicatorState> indicators;
  private transient ValueState<BarCloses> barCloses;

  /**
   * @see LiveWindowsFunction#LiveWindowsFunction
   * @throws IllegalArgumentException when the bar is not a whole number of panes
   */
  public PriceInputsFunction(PaneWindows panes, TickerDirectory tickers, RulesStart rulesStart) {
    super(panes, PaneSums.PRICE, false, tickers, rulesStart);
    Duration bar = panes.windowSet().bar();
    this.barMillis = bar == null ? 0 : bar.toMillis();
    if (bar != null && barMillis % panes.paneMillis() != 0) {
      throw new IllegalArgumentException("bar " + bar + " is not a multiple of the pane");
    }
  }

  @Override
  public void open(OpenContext openContext) throws Exception {
    super.open(openContext);
    indicators =
        getRuntimeContext()
            .getMapState(
                new MapStateDescriptor<>(
                    INDICATORS, Types.STRING, TypeInformation.of(IndicatorState.class)));
    barCloses =
        getRuntimeContext()
            .getState(new ValueStateDescriptor<>(BAR_CLOSES, TypeInformation.of(BarCloses.class)));
  }

  @Override
  protected boolean hasBars() {
    return barMillis > 0;
  }

  @Override
  protected void putBarValues(
      String ticker, Set<String> keys, long upTo, long time, Map<String, Double> values)
      throws Exception {
    List<Map.Entry<Long, PriceStats>> panes = panesInOrder();
    for (String key : keys) {
      IndicatorState held = indicators.get(key);
      if (held == null) {
        held = seed(key);
        indicators.put(key, held);
      }
      IndicatorState now = held.copy();
      InputKind kind = kindOf(key);
      int period = periodOf(key);
      BarIndicators.addBars(kind, period, now, panes, upTo, barMillis);
      values.put(key, BarIndicators.value(kind, period, now));
    }
  }

  @Override
  protected void closeBars(String ticker, Set<String> keys, long windowEnd) throws Exception {
    // Only at a bar boundary: the other pane closes of every ticker pay nothing.
    if (windowEnd % barMillis != 0) return;
    List<String> unread = new ArrayList<>();
    for (String key : indicators.keys()) if (!keys.contains(key)) unread.add(key);
    for (String key : unread) indicators.remove(key);
    List<Map.Entry<Long, PriceStats>> panes = panesInOrder();
    BarCloses closes = barCloses.value();
    if (closes == null) closes = new BarCloses();
    closes.addBars(panes, windowEnd, barMillis);
    barCloses.update(closes);
    for (String key : keys) {
      IndicatorState held = indicators.get(key);
      // Read for the first time at this boundary: from the closes seen, this bar's included.
      if (held == null) held = seed(key);
      if (held.barEnd >= windowEnd) {
        indicators.put(key, held);
        continue;
      }
      BarIndicators.addBars(kindOf(key), periodOf(key), held, panes, windowEnd, barMillis);
      held.barEnd = windowEnd;
      indicators.put(key, held);
    }
  }

  @Override
  protected void clearBars() {
    barCloses.clear();
  }

  /**
   * A new indicator's state: from the closes taken in; the bars after them come from the panes (all
   * the panes held, when no bar has closed yet: in a replay the prices run ahead of the watermark).
   */
  private IndicatorState seed(String key) throws Exception {
    BarCloses closes = barCloses.value();
    return (closes == null ? new BarCloses() : closes).seed(kindOf(key), periodOf(key));
  }

  private static InputKind kindOf(String key) {
    return InputKind.byFunctionName(key.substring(0, key.indexOf(':')));
  }

  private static int periodOf(String key) {
    return Integer.parseInt(key.substring(key.lastIndexOf(':') + 1));
  }

  @Override
  protected void add(PriceStats stats, Quote quote) {
    stats.add(quote);
  }

  @Override
  protected long count(PriceStats stats) {
    return stats.count;
  }

  @Override
  protected long newestEventTime(PriceStats stats, long paneEnd) {
    return stats.lastTime;
  }

  @Override
  protected String triggerId(String ticker, Quote quote, long time, int sameMillisIndex) {
    return "quote:" + ticker + '@' + time + '#' + sameMillisIndex;
  }

  @Override
  protected void putValues(
      String ticker, Window window, PriceStats sum, Map<String, Double> values) {
    putWindowValues(ticker, window, sum, values);
  }

  /**
   * The inputs of {@code ticker} over {@code window} from the window's statistics: what a close
   * emits, also for statistics rebuilt from the stored rows (a backtest over recorded history).
   */
  public static void putWindowValues(
      String ticker, Window window, PriceStats sum, Map<String, Double> values) {
    if (sum.count == 0) {
      values.put(InputKind.AVG.key(ticker, window), Double.NaN);
      values.put(InputKind.VWAP.key(ticker, window), Double.NaN);
      values.put(InputKind.CHANGE.key(ticker, window), Double.NaN);
      values.put(InputKind.HIGH.key(ticker, window), Double.NaN);
      values.put(InputKind.LOW.key(ticker, window), Double.NaN);
      values.put(InputKind.SHARES.key(ticker, window), 0.0);
      values.putIfAbsent(InputKeys.price(ticker), Double.NaN);
      return;
    }
    double last = sum.last / 100.0;
    double avg = sum.average() / 100.0;
    values.put(InputKind.AVG.key(ticker, window), avg);
    values.put(InputKind.VWAP.key(ticker, window), sum.vwap() / 100.0);
    values.put(InputKind.CHANGE.key(ticker, window), InputKeys.changePercent(last, avg));
    values.put(InputKind.HIGH.key(ticker, window), sum.max / 100.0);
    values.put(InputKind.LOW.key(ticker, window), sum.min / 100.0);
    values.put(InputKind.SHARES.key(ticker, window), (double) sum.volume);
    // Every window that holds a quote holds the newest one: they agree on the last price.
    values.put(InputKeys.price(ticker), last);
  }
}
