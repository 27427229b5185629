package com.tweetrade.web.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.SentimentAggregate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartOptionsTest {
  private static final long T0 = 1_767_261_600_000L;

  @Test
  @SuppressWarnings("unchecked")
  void shouldPlotLastPriceAndOneAverageLinePerWindowInDollars() {
    Map<String, List<PriceAggregate>> byWindow = new LinkedHashMap<>();
    byWindow.put(
        "1m",
        List.of(
            new PriceAggregate("TSLA", "1m", T0, 20_050, 20_040, 20_000, 20_100, 20_075, 5, 50)));
    byWindow.put("5m", List.of());
    Map<String, Object> option = ChartOptions.price("TSLA", byWindow);
    List<Map<String, Object>> series = (List<Map<String, Object>>) option.get("series");
    assertThat(series).extracting(s -> s.get("name")).containsExactly("last", "avg 1m", "avg 5m");
    assertThat((List<List<Object>>) series.get(0).get("data")).containsExactly(List.of(T0, 200.75));
    assertThat((List<List<Object>>) series.get(1).get("data")).containsExactly(List.of(T0, 200.5));
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldPutTweetCountsOnTheSecondAxisAsBars() {
    Map<String, Object> option =
        ChartOptions.sentiment(
            "tesla", List.of(new SentimentAggregate("tesla", "1m", T0, 0.25, 7, 0.5, 0.1)));
    List<Map<String, Object>> series = (List<Map<String, Object>>) option.get("series");
    assertThat(series.get(1)).containsEntry("type", "bar").containsEntry("yAxisIndex", 1);
    assertThat((List<List<Object>>) series.get(1).get("data")).containsExactly(List.of(T0, 7.0));
  }
}
