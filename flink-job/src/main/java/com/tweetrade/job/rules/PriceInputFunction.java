package com.tweetrade.job.rules;

import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.Window;
import com.tweetrade.model.rules.InputKeys;
import com.tweetrade.model.rules.InputKind;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * Turns a ticker's window statistics into the rule inputs they provide: {@code price}, {@code avg},
 * {@code vwap} and {@code change} (last price against the window's average, in percent).
 *
 * <p>The last price is the window's last quote; the windows of one pane all end at the same time, so
 * they agree on it whenever they hold a quote.
 */
public class PriceInputFunction implements MapFunction<PriceAggregate, InputUpdate> {
  private static final long serialVersionUID = 1L;

  @Override
  public InputUpdate map(PriceAggregate a) {
    return of(a);
  }

  /** The update of one aggregate; its event time is the window end. */
  public static InputUpdate of(PriceAggregate a) {
    Window window = Window.fromLabel(a.window());
    double last = a.lastCents() / 100.0;
    double avg = a.avgCents() / 100.0;
    Map<String, Double> values = new HashMap<>(InputKeys.of(a));
    values.put(InputKeys.price(a.ticker()), last);
    double change = InputKeys.changePercent(last, avg);
    if (!Double.isNaN(change)) values.put(InputKind.CHANGE.key(a.ticker(), window), change);
    return new InputUpdate(a.ticker(), a.windowEnd(), values);
  }
}
