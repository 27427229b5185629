package com.tweetrade.web.system.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.web.system.FlinkStatus;
import com.tweetrade.web.system.SystemSample;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the System page says and draws for given samples. */
class SystemChartsTest {
  private static final Instant T = Instant.parse("2026-12-07T18:00:00Z");

  private static SystemSample sample(
      Instant at, Map<String, Double> rates, Map<String, Long> lag, FlinkStatus flink) {
    return new SystemSample(at, rates, lag, null, flink);
  }

  private static Map<String, Double> rates(double quotes) {
    Map<String, Double> r = new LinkedHashMap<>();
    r.put(SystemSample.QUOTES, quotes);
    r.put(SystemSample.TWEETS, 0.5);
    r.put(SystemSample.TRADES, 0.0);
    r.put(SystemSample.DEAD_LETTERS, 0.0);
    return r;
  }

  @Test
  void shouldSummariseTheLatestSample() {
    SystemSample s =
        sample(
            T, rates(12.25), Map.of("quotes", 3L), new FlinkStatus("abc", 35.4, 464.0, 43L, null));

    assertThat(SystemCharts.ratesText(s))
        .isEqualTo("quotes 12.3/s · tweets 0.5/s · trades 0.0/s · dead letters 0.0/s");
    assertThat(SystemCharts.lagText(s, "tweetrade-flink-job"))
        .isEqualTo("Lag of tweetrade-flink-job: quotes 3");
    assertThat(SystemCharts.flinkText(s))
        .isEqualTo("Job abc: decision p50 35 ms · p99 464 ms · last checkpoint 43 ms");
  }

  @Test
  void shouldSayWhyThereIsNothing() {
    SystemSample down =
        new SystemSample(
            T,
            Map.of(),
            Map.of(),
            "Kafka did not answer at 127.0.0.1:9092: timeout",
            FlinkStatus.failed(
                "Flink is not reachable at http://127.0.0.1:8081/ (ConnectException)"));

    assertThat(SystemCharts.ratesText(null)).isEqualTo("Measuring…");
    assertThat(SystemCharts.ratesText(down)).startsWith("Kafka did not answer");
    assertThat(SystemCharts.flinkText(down)).startsWith("Flink is not reachable");
    SystemSample first =
        sample(T, Map.of(), Map.of(), new FlinkStatus("abc", null, null, null, null));
    assertThat(SystemCharts.ratesText(first)).contains("a rate needs two samples");
    assertThat(SystemCharts.lagText(first, "g"))
        .isEqualTo("Consumer group g has committed no offsets.");
    assertThat(SystemCharts.flinkText(first))
        .isEqualTo("Job abc: decision p50 — · p99 — · last checkpoint —");
  }

  @Test
  void shouldChartEachFlowAndLeaveGapsWhereThereWasNoValue() {
    List<SystemSample> samples =
        List.of(
            sample(T, Map.of(), Map.of("quotes", 5L), new FlinkStatus("a", null, null, 40L, null)),
            sample(
                T.plusSeconds(2),
                rates(10),
                Map.of("quotes", 1L, "tweets", 2L),
                new FlinkStatus("a", 30.0, 90.0, 41L, null)));

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rateSeries =
        (List<Map<String, Object>>) SystemCharts.rates(samples).get("series");
    assertThat(rateSeries)
        .extracting(m -> m.get("name"))
        .containsExactlyElementsOf(SystemCharts.FLOWS);
    assertThat(rateSeries.get(0).get("data"))
        .isEqualTo(List.of(List.of(T.toEpochMilli(), "-"), List.of(T.toEpochMilli() + 2000, 10.0)));

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> lagSeries =
        (List<Map<String, Object>>) SystemCharts.lag(samples).get("series");
    assertThat(lagSeries).extracting(m -> m.get("name")).containsExactly("quotes", "tweets");
    assertThat(lagSeries.get(1).get("data"))
        .isEqualTo(List.of(List.of(T.toEpochMilli(), "-"), List.of(T.toEpochMilli() + 2000, 2L)));
  }
}
