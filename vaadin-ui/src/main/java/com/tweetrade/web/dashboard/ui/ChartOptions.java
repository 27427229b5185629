package com.tweetrade.web.dashboard.ui;

import com.tweetrade.model.EquityPoint;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.web.base.ui.ChartParts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Builds ECharts options for the dashboard's charts from aggregate histories. */
final class ChartOptions {
  private ChartOptions() {}

  /**
   * Last price per 1-minute window and the window averages, in dollars, over time.
   *
   * @param byWindow price history per window label ({@code 1m}, {@code 5m}, {@code 15m})
   */
  static Map<String, Object> price(String ticker, Map<String, List<PriceAggregate>> byWindow) {
    List<Object> series = new ArrayList<>();
    List<PriceAggregate> oneMinute = byWindow.getOrDefault("1m", List.of());
    series.add(line("last", oneMinute, p -> p.lastCents() / 100.0, PriceAggregate::windowEnd));
    byWindow.forEach(
        (window, history) ->
            series.add(
                line(
                    "avg " + window,
                    history,
                    p -> p.avgCents() / 100.0,
                    PriceAggregate::windowEnd)));
    Map<String, Object> option = base(ticker + " price ($)");
    option.put("yAxis", Map.of("type", "value", "scale", true));
    option.put("series", series);
    return option;
  }

  /** Mean compound score (line, left axis) and tweet count (bars, right axis) per window. */
  static Map<String, Object> sentiment(String keyword, List<SentimentAggregate> history) {
    Map<String, Object> option = base("sentiment of \"" + keyword + "\"");
    option.put(
        "yAxis",
        List.of(
            Map.of("type", "value", "name", "compound", "min", -1, "max", 1),
            Map.of("type", "value", "name", "tweets", "position", "right")));
    Map<String, Object> volume =
        line("tweets", history, s -> s.count(), SentimentAggregate::windowEnd);
    volume.put("type", "bar");
    volume.put("yAxisIndex", 1);
    option.put(
        "series",
        List.of(
            line(
                "sentiment",
                history,
                SentimentAggregate::meanCompound,
                SentimentAggregate::windowEnd),
            volume));
    return option;
  }

  /** Equity and cash per minute, in dollars, over time. */
  static Map<String, Object> equity(List<EquityPoint> history) {
    Map<String, Object> option = base("account ($)");
    option.put("yAxis", Map.of("type", "value", "scale", true));
    option.put(
        "series",
        List.of(
            line("equity", history, p -> p.equityCents() / 100.0, EquityPoint::minute),
            line("cash", history, p -> p.cashCents() / 100.0, EquityPoint::minute)));
    return option;
  }

  private static Map<String, Object> base(String title) {
    Map<String, Object> option =
        ChartParts.timeChart(
            Map.of("bottom", 0), Map.of("left", 60, "right", 60, "top", 40, "bottom", 50));
    option.put(
        "title", Map.of("text", title, "left", "center", "textStyle", Map.of("fontSize", 14)));
    return option;
  }

  private static <T> Map<String, Object> line(
      String name,
      List<T> history,
      ToDoubleFunction<T> value,
      java.util.function.ToLongFunction<T> time) {
    List<List<Object>> data = new ArrayList<>(history.size());
    for (T t : history) data.add(List.of(time.applyAsLong(t), round(value.applyAsDouble(t))));
    return ChartParts.line(name, data);
  }

  private static double round(double v) {
    return Math.round(v * 10_000.0) / 10_000.0;
  }
}
