package com.tweetrade.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void shouldParseTheDocumentedForms() {
    assertThat(Scenario.parse("TSLA -5% over 60s at +30s"))
        .isEqualTo(new Scenario("TSLA", -0.05, Duration.ofSeconds(60), Duration.ofSeconds(30)));
    assertThat(Scenario.parse("  $aapl +12.5%   at t+2m "))
        .isEqualTo(new Scenario("AAPL", 0.125, Duration.ZERO, Duration.ofMinutes(2)));
    assertThat(Scenario.parse("brk.a +1% OVER 500ms AT 1h"))
        .isEqualTo(new Scenario("BRK-A", 0.01, Duration.ofMillis(500), Duration.ofHours(1)));
  }

  @Test
  void shouldRejectWhatItCannotRead() {
    assertThatThrownBy(() -> Scenario.parse("TSLA falls 5%")).hasMessageContaining("expected e.g.");
    assertThatThrownBy(() -> Scenario.parse("TSLA -5% over 60 at +30s"))
        .hasMessageContaining("not a duration");
    assertThatThrownBy(() -> Scenario.parse("TSLA -100% at +30s")).hasMessageContaining("-100%");
  }

  @Test
  void shouldRampGeometricallyThenHoldTheNewLevel() {
    Scenario fall = Scenario.parse("TSLA -5% over 60s at +30s");
    assertThat(fall.factorAt(0)).isEqualTo(1.0);
    assertThat(fall.factorAt(30 * SECOND - 1)).isEqualTo(1.0);
    assertThat(fall.factorAt(60 * SECOND)).isCloseTo(Math.sqrt(0.95), within(1e-12));
    assertThat(fall.factorAt(90 * SECOND)).isCloseTo(0.95, within(1e-12));
    assertThat(fall.factorAt(3600 * SECOND)).isCloseTo(0.95, within(1e-12));
    Scenario jump = Scenario.parse("TSLA +10% at +5s");
    assertThat(jump.factorAt(5 * SECOND - 1)).isEqualTo(1.0);
    assertThat(jump.factorAt(5 * SECOND)).isCloseTo(1.1, within(1e-12));
  }

  @Test
  void shouldReadFilesWithCommentsAndReportTheBadLine() {
    List<Scenario> read =
        Scenarios.parseLines(
            List.of("# demo", "", "TSLA -5% over 60s at +30s  # the dip", "AAPL +2% at +1m"),
            "demo.txt");
    assertThat(read).extracting(Scenario::symbol).containsExactly("TSLA", "AAPL");
    assertThatThrownBy(() -> Scenarios.parseLines(List.of("TSLA -5% at +30s", "oops"), "demo.txt"))
        .hasMessageStartingWith("demo.txt:2:");
  }
}
