package com.tweetrade.job.analytics;

import static com.tweetrade.job.Fixtures.FIFTEEN_MINUTES;
import static com.tweetrade.job.Fixtures.ONE_MINUTE;
import static com.tweetrade.job.Fixtures.T0;
import static com.tweetrade.job.Fixtures.TEN_SECONDS;
import static com.tweetrade.job.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.functions.PriceStats;
import com.tweetrade.model.PriceAggregate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PriceWindowsFunctionTest {
  @AutoClose
  private KeyedOneInputStreamOperatorTestHarness<String, PricePane, PriceAggregate> harness;

  @BeforeEach
  void setupHarness() throws Exception {
    harness =
        StoredWindowsHarness.open(
            new PriceWindowsFunction(StoredWindowsHarness.PANES), PricePane::ticker);
  }

  private void pane(String ticker, long paneEnd, PriceStats stats) throws Exception {
    harness.processElement(new PricePane(ticker, paneEnd, stats), paneEnd - 1);
  }

  @Test
  void shouldCombinePanesIntoEveryWindowLength() throws Exception {
    pane(
        "TSLA",
        T0 + TEN_SECONDS,
        new PriceStats()
            .add(quote("TSLA", 100, 10, T0 + 1_000))
            .add(quote("TSLA", 110, 30, T0 + 3_000)));
    harness.processWatermark(T0 + TEN_SECONDS - 1);

    assertThat(harness.extractOutputValues())
        .containsExactly(
            new PriceAggregate("TSLA", "1m", T0 + TEN_SECONDS, 105.0, 107.5, 100, 110, 110, 2, 40),
            new PriceAggregate("TSLA", "5m", T0 + TEN_SECONDS, 105.0, 107.5, 100, 110, 110, 2, 40),
            new PriceAggregate(
                "TSLA", "15m", T0 + TEN_SECONDS, 105.0, 107.5, 100, 110, 110, 2, 40));

    pane("TSLA", T0 + 2 * TEN_SECONDS, new PriceStats().add(quote("TSLA", 120, 10, T0 + 15_000)));
    harness.processWatermark(T0 + 2 * TEN_SECONDS - 1);
    List<PriceAggregate> second = harness.extractOutputValues().subList(3, 6);
    // avg (100+110+120)/3 = 110; vwap (1000+3300+1200)/50 = 110
    assertThat(second)
        .containsExactly(
            new PriceAggregate("TSLA", "1m", T0 + 20_000, 110.0, 110.0, 100, 120, 120, 3, 50),
            new PriceAggregate("TSLA", "5m", T0 + 20_000, 110.0, 110.0, 100, 120, 120, 3, 50),
            new PriceAggregate("TSLA", "15m", T0 + 20_000, 110.0, 110.0, 100, 120, 120, 3, 50));
  }

  @Test
  void shouldRefreshEveryPaneUntilTheLongestWindowHasPassedThenDrainStateAndTimers()
      throws Exception {
    pane("TSLA", T0 + TEN_SECONDS, new PriceStats().add(quote("TSLA", 100, 10, T0 + 1_000)));
    pane("TSLA", T0 + 2 * TEN_SECONDS, new PriceStats().add(quote("TSLA", 120, 10, T0 + 15_000)));
    harness.processWatermark(T0 + 70 * ONE_MINUTE);

    Map<String, List<PriceAggregate>> byWindow =
        harness.extractOutputValues().stream()
            .collect(Collectors.groupingBy(PriceAggregate::window));
    // pane 10s is in windows ending 10..60 s (1m), pane 20s in 20..70 s: ends 10..70 s = 7 rows.
    assertThat(byWindow.get("1m")).hasSize(7);
    assertThat(byWindow.get("5m")).hasSize(31);
    assertThat(byWindow.get("15m")).hasSize(91);
    PriceAggregate lastOneMinute = byWindow.get("1m").get(6);
    assertThat(lastOneMinute)
        .isEqualTo(new PriceAggregate("TSLA", "1m", T0 + 70_000, 120, 120, 120, 120, 120, 1, 10));
    assertThat(byWindow.get("15m").get(90).windowEnd())
        .isEqualTo(T0 + 20_000 + FIFTEEN_MINUTES - TEN_SECONDS);

    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void shouldKeepTickersApart() throws Exception {
    pane("TSLA", T0 + TEN_SECONDS, new PriceStats().add(quote("TSLA", 100, 10, T0 + 1_000)));
    pane("AAPL", T0 + TEN_SECONDS, new PriceStats().add(quote("AAPL", 300, 5, T0 + 2_000)));
    harness.processWatermark(T0 + TEN_SECONDS - 1);
    assertThat(harness.extractOutputValues())
        .filteredOn(a -> a.window().equals("1m"))
        .extracting(PriceAggregate::ticker, PriceAggregate::lastCents)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("TSLA", 100L),
            org.assertj.core.groups.Tuple.tuple("AAPL", 300L));
  }
}
