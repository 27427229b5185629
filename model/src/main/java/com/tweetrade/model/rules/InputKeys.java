package com.tweetrade.model.rules;

import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.Window;
import java.util.Map;

/**
 * The input values an aggregate provides, under the keys conditions read, in the units rules use.
 *
 * <p>Prices become dollars (cents / 100), so {@code price(TSLA) < 250.5} compares dollars. The last
 * price ({@code price:TSLA}) and {@code change} depend on the latest quote, which the job owns;
 * {@link #changePercent} is the formula it must use.
 */
public final class InputKeys {
  private InputKeys() {}

  /**
   * {@code sentiment}, {@code volume}, {@code positive} and {@code negative} of the aggregate's
   * keyword and window.
   */
  public static Map<String, Double> of(SentimentAggregate a) {
    Window w = Window.fromLabel(a.window());
    return Map.of(
        InputKind.SENTIMENT.key(a.keyword(), w), a.meanCompound(),
        InputKind.VOLUME.key(a.keyword(), w), (double) a.count(),
        InputKind.POSITIVE.key(a.keyword(), w), a.sharePositive(),
        InputKind.NEGATIVE.key(a.keyword(), w), a.shareNegative());
  }

  /** {@code avg} and {@code vwap} in dollars of the aggregate's ticker and window. */
  public static Map<String, Double> of(PriceAggregate a) {
    Window w = Window.fromLabel(a.window());
    return Map.of(
        InputKind.AVG.key(a.ticker(), w), a.avgCents() / 100.0,
        InputKind.VWAP.key(a.ticker(), w), a.vwapCents() / 100.0);
  }

  /** Key of the last price of {@code ticker}: {@code price:TSLA}. */
  public static String price(String ticker) {
    return InputKind.PRICE.key(ticker, null);
  }

  /** Key of {@code change(ticker, window)}: {@code change:TSLA:15m}. */
  public static String change(String ticker, Window window) {
    return InputKind.CHANGE.key(ticker, window);
  }

  /** {@code change()}'s value: 100 * (last - avg) / avg, NaN when the average is not positive. */
  public static double changePercent(double last, double windowAverage) {
    return windowAverage > 0 ? 100.0 * (last - windowAverage) / windowAverage : Double.NaN;
  }
}
