package com.tweetrade.web.base.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parts of an {@link EChart} option that the app's time charts share. */
public final class ChartParts {
  private ChartParts() {}

  /**
   * A time chart without animation, with an axis tooltip; the caller adds its y axes and series.
   * Mutable, so that the caller can add to it.
   */
  public static Map<String, Object> timeChart(Map<String, ?> legend, Map<String, ?> grid) {
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("animation", false);
    option.put("tooltip", Map.of("trigger", "axis"));
    option.put("legend", legend);
    option.put("grid", grid);
    option.put("xAxis", Map.of("type", "time"));
    return option;
  }

  /** A line series of {@code [x, y]} points without symbols; mutable, e.g. to make it a bar. */
  public static Map<String, Object> line(String name, List<?> data) {
    Map<String, Object> series = new LinkedHashMap<>();
    series.put("name", name);
    series.put("type", "line");
    series.put("showSymbol", false);
    series.put("data", data);
    return series;
  }
}
