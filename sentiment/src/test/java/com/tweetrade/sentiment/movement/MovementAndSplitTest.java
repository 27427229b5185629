package com.tweetrade.sentiment.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The task's labels and split boundaries. */
class MovementAndSplitTest {

  @Test
  void shouldLabelUpFromPlusPointFiftyFivePercent() {
    assertThat(Movement.of(100, 100.56)).contains(Movement.UP);
    assertThat(Movement.of(100, 100.54)).isEmpty();
  }

  @Test
  void shouldLabelDownFromMinusHalfAPercent() {
    assertThat(Movement.of(100, 99.49)).contains(Movement.DOWN);
    assertThat(Movement.of(100, 99.51)).isEmpty();
    assertThat(Movement.of(100, 100)).isEmpty();
  }

  @Test
  void shouldSplitByTargetDayBothEndsIncluded() {
    assertThat(Split.of(LocalDate.of(2013, 12, 31))).isEmpty();
    assertThat(Split.of(LocalDate.of(2014, 1, 1))).contains(Split.TRAIN);
    assertThat(Split.of(LocalDate.of(2015, 7, 31))).contains(Split.TRAIN);
    assertThat(Split.of(LocalDate.of(2015, 8, 1))).contains(Split.DEV);
    assertThat(Split.of(LocalDate.of(2015, 9, 30))).contains(Split.DEV);
    assertThat(Split.of(LocalDate.of(2015, 10, 1))).contains(Split.TEST);
    assertThat(Split.of(LocalDate.of(2015, 12, 31))).contains(Split.TEST);
    assertThat(Split.of(LocalDate.of(2016, 1, 1))).isEmpty();
  }
}
