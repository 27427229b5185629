package com.tweetrade.sentiment.movement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThresholdsTest {

  @Test
  void shouldPickTheCutOffWithTheBestMcc() {
    double[] scores = {0.1, 0.4, 0.2, 0.3};
    boolean[] up = {false, true, false, true};
    assertThat(Thresholds.bestMcc(scores, up)).isEqualTo(0.3);
    assertThat(Thresholds.predict(scores, 0.3)).containsExactly(false, true, false, true);
  }

  @Test
  void shouldInvertNothingWhenHighScoresMeanDown() {
    // every cut-off gives MCC <= 0 here, so the best is a constant predictor: "never up"
    // (+infinity)
    double[] scores = {0.1, 0.2, 0.3, 0.4};
    boolean[] up = {true, true, false, false};
    assertThat(Thresholds.bestMcc(scores, up)).isEqualTo(Double.POSITIVE_INFINITY);
  }
}
