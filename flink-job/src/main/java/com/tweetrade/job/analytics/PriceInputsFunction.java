package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.PriceStats;
import com.tweetrade.job.rules.RulesStart;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Window;
import com.tweetrade.model.rules.InputKeys;
import com.tweetrade.model.rules.InputKind;
import com.tweetrade.model.tickers.TickerDirectory;
import java.util.Map;

/**
 * A ticker's rule inputs on every quote and at every pane close: {@code price} (last, $), and per
 * window {@code avg}, {@code vwap}, {@code high}, {@code low} ($), {@code shares} (shares traded, 0
 * in a window without quotes) and {@code change} (% of last against avg), as the stored price
 * aggregates define them ({@link PriceWindowsFunction}, {@link InputKeys#changePercent}).
 */
public class PriceInputsFunction extends LiveWindowsFunction<Quote, PriceStats> {
  private static final long serialVersionUID = 1L;

  /**
   * @see LiveWindowsFunction#LiveWindowsFunction
   */
  public PriceInputsFunction(PaneWindows panes, TickerDirectory tickers, RulesStart rulesStart) {
    super(panes, PaneSums.PRICE, false, tickers, rulesStart);
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
