package com.tweetrade.sentiment.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Accuracy and MCC against confusion matrices worked out by hand. */
class MetricsTest {

  private static final boolean T = true;
  private static final boolean F = false;

  @Test
  void shouldComputeAccuracyAndMccOfAMixedConfusionMatrix() {
    // tp 3, fn 2, fp 1, tn 2: accuracy 5/8; MCC (3*2 - 1*2) / sqrt(4*5*3*4) = 4 / sqrt(240)
    Metrics m =
        Metrics.of(new boolean[] {T, T, T, T, T, F, F, F}, new boolean[] {T, T, T, F, F, T, F, F});
    assertThat(m.n()).isEqualTo(8);
    assertThat(m.accuracy()).isEqualTo(0.625);
    assertThat(m.mcc()).isCloseTo(0.2581988897, within(1e-9));
  }

  @Test
  void shouldGiveOneForPerfectAndMinusOneForInvertedPredictions() {
    boolean[] actual = {T, F, T, F};
    assertThat(Metrics.of(actual, actual)).isEqualTo(new Metrics(4, 1.0, 1.0));
    assertThat(Metrics.of(actual, new boolean[] {F, T, F, T})).isEqualTo(new Metrics(4, 0.0, -1.0));
  }

  @Test
  void shouldGiveZeroMccForAConstantPredictor() {
    Metrics m = Metrics.of(new boolean[] {T, T, T, F}, new boolean[] {T, T, T, T});
    assertThat(m.accuracy()).isEqualTo(0.75);
    assertThat(m.mcc()).isEqualTo(0.0);
  }

  @Test
  void shouldCorrelateAScoreWithUp() {
    // x 1..4 (mean 2.5), up 0,0,1,1 (mean 0.5): cov 2, sum of squares 5 and 1, r = 2 / sqrt(5)
    assertThat(Metrics.correlation(new double[] {1, 2, 3, 4}, new boolean[] {F, F, T, T}))
        .isCloseTo(2 / Math.sqrt(5), within(1e-15));
    assertThat(Metrics.correlation(new double[] {4, 3, 2, 1}, new boolean[] {F, F, T, T}))
        .isCloseTo(-2 / Math.sqrt(5), within(1e-15));
    assertThat(Metrics.correlation(new double[] {7, 7, 7, 7}, new boolean[] {F, F, T, T}))
        .isEqualTo(0.0);
    assertThat(Metrics.correlation(new double[] {1, 2, 3, 4}, new boolean[] {T, T, T, T}))
        .isEqualTo(0.0);
  }

  @Test
  void shouldRefuseMismatchedLengths() {
    assertThatThrownBy(() -> Metrics.of(new boolean[2], new boolean[3]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Metrics.correlation(new double[2], new boolean[3]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
