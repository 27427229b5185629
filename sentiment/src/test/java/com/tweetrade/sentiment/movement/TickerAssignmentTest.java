package com.tweetrade.sentiment.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TickerAssignmentTest {

  private final TickerAssignment assignment =
      new TickerAssignment(Set.of("AAPL", "T", "D", "BRK-A", "RDS-B"));

  @Test
  void shouldAssignTheTickersNamedAsCashtags() {
    assertThat(assignment.tickers("$aapl beats, $T flat, $XYZ unknown", List.of()))
        .containsExactly("AAPL", "T");
  }

  @Test
  void shouldIgnoreDollarSignsInsideWords() {
    assertThat(assignment.tickers("HAPPY NEW YEARS TO MY N$T SQUAD, U$D 25.000", List.of()))
        .isEmpty();
  }

  @Test
  void shouldMapShareClassesToTheTickerTable() {
    assertThat(assignment.tickers("$BRK.A and $RDS_B", List.of()))
        .containsExactly("BRK-A", "RDS-B");
    assertThat(assignment.tickers("$BRK alone", List.of())).isEmpty();
  }

  @Test
  void shouldAddTwittersSymbolsAfterTheTextsCashtags() {
    assertThat(assignment.tickers("truncated tweet $AAPL", List.of("D", "AAPL")))
        .containsExactly("AAPL", "D");
  }
}
