package com.tweetrade.sentiment.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The logistic regression fits what the data says, the same way every time, and survives its TSV
 * form.
 */
class LinearModelTest {

  private static final List<String> NAMES = List.of("signal", "noise");
  private static final double[][] X = {
    {-2, 5}, {-1, 5}, {-0.5, 5}, {0.5, 5}, {1, 5}, {2, 5}, {1.5, 5}, {-1.5, 5}
  };
  private static final boolean[] UP = {false, false, true, true, true, true, false, false};

  @Test
  void shouldLearnAPositiveWeightForAFeatureThatRisesWithUp() {
    LinearModel model = LogisticRegression.fit(NAMES, X, UP, 0);
    assertThat(model.weights()[0]).isPositive();
    assertThat(model.weights()[1]).as("a constant feature").isEqualTo(0.0);
    assertThat(model.score(new double[] {2, 5})).isGreaterThan(model.score(new double[] {-2, 5}));
  }

  @Test
  void shouldShrinkWeightsWithAStrongerPenalty() {
    double free = LogisticRegression.fit(NAMES, X, UP, 0).weights()[0];
    double penalised = LogisticRegression.fit(NAMES, X, UP, 1).weights()[0];
    assertThat(penalised).isPositive().isLessThan(free);
  }

  @Test
  void shouldFitTheSameWeightsEveryTime() {
    assertThat(LogisticRegression.fit(NAMES, X, UP, 0.01).toTsv("x"))
        .isEqualTo(LogisticRegression.fit(NAMES, X, UP, 0.01).toTsv("x"));
  }

  @Test
  void shouldReadBackWhatItWrites() {
    LinearModel model = LogisticRegression.fit(NAMES, X, UP, 0.1).withCutOff(0.125);
    LinearModel read = LinearModel.parse(model.toTsv("two lines\nof provenance"));
    assertThat(read.toTsv("two lines\nof provenance"))
        .isEqualTo(model.toTsv("two lines\nof provenance"));
    assertThat(read.score(X[3])).isCloseTo(model.score(X[3]), within(0.0));
    assertThat(read.cutOff()).isEqualTo(0.125);
  }
}
