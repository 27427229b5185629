package com.tweetrade.job.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.tweetrade.job.functions.PriceStats;
import com.tweetrade.model.rules.InputKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link BarIndicators} against hand-checked series and against references written differently: the
 * closed forms of the EMA and of Wilder's averages, summed term by term over the whole series.
 */
class BarIndicatorsTest {
  private static final long MINUTE = 60_000;

  /** Values after each close; NaN until the indicator is known. */
  private static List<Double> run(InputKind kind, int period, double... closes) {
    IndicatorState s = IndicatorState.startingAfter(0);
    List<Double> values = new ArrayList<>();
    for (double c : closes) {
      BarIndicators.addClose(kind, period, s, c);
      values.add(BarIndicators.value(kind, period, s));
    }
    return values;
  }

  @Test
  void shouldSeedTheEmaWithTheMeanOfTheFirstCloses() {
    // n = 3, alpha = 2 / 4 = 0.5. Seed: (1 + 2 + 3) / 3 = 2; then 2 + 0.5 * (4 - 2) = 3; then
    // 3 + 0.5 * (5 - 3) = 4; then 4 + 0.5 * (2 - 4) = 3.
    assertThat(run(InputKind.EMA, 3, 1, 2, 3, 4, 5, 2))
        .containsExactly(Double.NaN, Double.NaN, 2.0, 3.0, 4.0, 3.0);
  }

  @Test
  void shouldSeedTheRsiWithTheMeanOfTheFirstChangesAndSmoothItWildersWay() {
    // n = 2 over 10, 11, 10, 12, 12: changes +1, -1 (avg gain 0.5, avg loss 0.5: RSI 50); +2:
    // gain (0.5 * 1 + 2) / 2 = 1.25, loss (0.5 * 1 + 0) / 2 = 0.25, RS 5, RSI 100 - 100 / 6;
    // 0: gain 0.625, loss 0.125, RS 5 again.
    List<Double> rsi = run(InputKind.RSI, 2, 10, 11, 10, 12, 12);
    assertThat(rsi.subList(0, 2)).containsExactly(Double.NaN, Double.NaN);
    assertThat(rsi.get(2)).isEqualTo(50.0);
    assertThat(rsi.get(3)).isCloseTo(100 - 100.0 / 6, offset(1e-12));
    assertThat(rsi.get(4)).isCloseTo(100 - 100.0 / 6, offset(1e-12));
  }

  @Test
  void shouldGiveTheRsiOfTheClassicFourteenDaySeries() {
    // The 15 closes of the usual 14-day worked example. Changes: -0.25 +0.06 -0.54 +0.72 +0.50
    // +0.27 +0.32 +0.42 +0.24 -0.19 +0.14 -0.42 +0.67 0.00: gains 3.34, losses 1.40, so
    // RS = 3.34 / 1.40 and RSI = 100 - 100 / (1 + 3.34 / 1.40) = 100 - 140 / 4.74 = 70.4641...
    double[] closes = {
      44.34, 44.09, 44.15, 43.61, 44.33, 44.83, 45.10, 45.42, 45.84, 46.08, 45.89, 46.03, 45.61,
      46.28, 46.28
    };
    List<Double> rsi = run(InputKind.RSI, 14, closes);
    assertThat(rsi.subList(0, 14)).allMatch(v -> v.isNaN());
    assertThat(rsi.get(14)).isCloseTo(100 - 140 / 4.74, offset(1e-9));
    assertThat(rsi.get(14)).isCloseTo(70.4641, offset(1e-4));
  }

  @Test
  void shouldSayFiftyForAFlatSeriesAndAHundredWithoutLosses() {
    assertThat(run(InputKind.RSI, 3, 5, 5, 5, 5)).last().isEqualTo(50.0);
    assertThat(run(InputKind.RSI, 3, 5, 6, 7, 7)).last().isEqualTo(100.0);
    assertThat(run(InputKind.RSI, 3, 7, 6, 5, 5)).last().isEqualTo(0.0);
  }

  @Test
  void shouldMatchTheClosedFormsOverALongSeries() {
    double[] closes = new double[300];
    for (int i = 0; i < closes.length; i++) {
      closes[i] = 100 + 10 * Math.sin(i / 7.0) + (i % 5) * 0.37;
    }
    for (int n : new int[] {2, 12, 26, 100}) {
      List<Double> ema = run(InputKind.EMA, n, closes);
      List<Double> rsi = run(InputKind.RSI, n, closes);
      for (int t = n + 1; t < closes.length; t++) {
        assertThat(ema.get(t))
            .as("ema n=%d t=%d", n, t)
            .isCloseTo(emaClosedForm(closes, n, t), offset(1e-9));
        assertThat(rsi.get(t))
            .as("rsi n=%d t=%d", n, t)
            .isCloseTo(rsiClosedForm(closes, n, t), offset(1e-9));
      }
    }
  }

  /** EMA at close t: (1-a)^(t-n+1) * SMA(first n) + sum over j in [n, t] of a (1-a)^(t-j) c_j. */
  private static double emaClosedForm(double[] c, int n, int t) {
    double a = 2.0 / (n + 1);
    double seed = 0;
    for (int j = 0; j < n; j++) seed += c[j];
    seed /= n;
    double sum = Math.pow(1 - a, t - n + 1) * seed;
    for (int j = n; j <= t; j++) sum += a * Math.pow(1 - a, t - j) * c[j];
    return sum;
  }

  /** Wilder's averages in closed form with weight w = (n-1)/n, then 100 - 100 / (1 + RS). */
  private static double rsiClosedForm(double[] c, int n, int t) {
    double w = (n - 1.0) / n;
    double[] avg = new double[2];
    for (int side = 0; side < 2; side++) {
      double seed = 0;
      for (int j = 1; j <= n; j++) seed += move(c, j, side);
      seed /= n;
      double sum = Math.pow(w, t - n) * seed;
      for (int j = n + 1; j <= t; j++) sum += Math.pow(w, t - j) * move(c, j, side) / n;
      avg[side] = sum;
    }
    if (avg[1] == 0) return avg[0] == 0 ? 50 : 100;
    return 100 - 100 / (1 + avg[0] / avg[1]);
  }

  private static double move(double[] c, int j, int side) {
    double change = c[j] - c[j - 1];
    return side == 0 ? Math.max(change, 0) : Math.max(-change, 0);
  }

  @Test
  void shouldTakeTheLastPriceOfEachBarAndSkipBarsWithoutQuotes() {
    // Panes of 10 s: minute 0 has 100 then 101 (close 101), minute 1 none, minute 2 has 103 in
    // its second pane and 102 in its first (close 103, the later one); minute 3 is in progress.
    List<Map.Entry<Long, PriceStats>> panes =
        List.of(
            pane(10_000, 10000, 1_000),
            pane(50_000, 10100, 45_000),
            pane(2 * MINUTE + 10_000, 10200, 2 * MINUTE + 5_000),
            pane(2 * MINUTE + 20_000, 10300, 2 * MINUTE + 15_000),
            pane(3 * MINUTE + 10_000, 10400, 3 * MINUTE + 1_000));
    IndicatorState committed = IndicatorState.startingAfter(0);
    BarIndicators.addBars(InputKind.EMA, 2, committed, panes, 3 * MINUTE, MINUTE);
    // Closes 101 and 103: the seed (101 + 103) / 2.
    assertThat(BarIndicators.value(InputKind.EMA, 2, committed)).isEqualTo(102.0);
    assertThat(committed.lastClose).isEqualTo(103.0);

    IndicatorState live = committed.copy();
    live.barEnd = 3 * MINUTE;
    BarIndicators.addBars(InputKind.EMA, 2, live, panes, Long.MAX_VALUE, MINUTE);
    // The bar in progress at 104: 102 + 2/3 * (104 - 102).
    assertThat(BarIndicators.value(InputKind.EMA, 2, live)).isCloseTo(102 + 4.0 / 3, offset(1e-12));
  }

  @Test
  void shouldKeepTheLastFiveHundredAndOneClosesAndSeedFromThem() {
    BarCloses closes = new BarCloses();
    for (int i = 1; i <= 600; i++) closes.add(i * MINUTE, i);
    closes.add(601 * MINUTE, Double.NaN); // a bar without quotes: no close

    assertThat(closes.closes).hasSize(501);
    assertThat(closes.closes[0]).isEqualTo(100.0);
    assertThat(closes.closes[500]).isEqualTo(600.0);
    assertThat(closes.barEnd).isEqualTo(601 * MINUTE);
    IndicatorState ema = closes.seed(InputKind.EMA, 3);
    // Seed (100 + 101 + 102) / 3 = 101, then each close c: ema + (c - ema) / 2, which stays one
    // behind a series rising by one: 600 - 1.
    assertThat(BarIndicators.value(InputKind.EMA, 3, ema)).isCloseTo(599.0, offset(1e-9));
    assertThat(ema.barEnd).isEqualTo(601 * MINUTE);
    assertThat(BarIndicators.value(InputKind.RSI, 500, closes.seed(InputKind.RSI, 500)))
        .isEqualTo(100.0);
  }

  private static Map.Entry<Long, PriceStats> pane(long end, long cents, long time) {
    PriceStats s = new PriceStats();
    s.count = 1;
    s.last = cents;
    s.lastTime = time;
    return Map.entry(end, s);
  }
}
