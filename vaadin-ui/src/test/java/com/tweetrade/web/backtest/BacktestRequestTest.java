package com.tweetrade.web.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What is checked before a backtest process starts, each with one clear message. */
class BacktestRequestTest {
  private static final LocalDate JAN_1 = LocalDate.of(2014, 1, 1);
  private static final LocalDate MAR_31 = LocalDate.of(2014, 3, 31);

  private static BacktestRequest request(String rule, LocalDate from, LocalDate to, Double cash) {
    return new BacktestRequest(rule, BacktestSource.STOCKNET, from, to, cash);
  }

  @Test
  void shouldAcceptADayWindowRuleTheLiveEditorWouldRefuse() {
    assertThat(
            request("WHEN price(AAPL) > avg(AAPL, 5d) THEN BUY 10 AAPL", JAN_1, MAR_31, 100_000.0)
                .problem())
        .isEmpty();
  }

  @Test
  void shouldNameEachProblem() {
    String rule = "WHEN price(AAPL) > 1 THEN BUY 1 AAPL";
    assertThat(request(" ", JAN_1, MAR_31, 1.0).problem())
        .hasValue("Write a rule first: the draft is empty.");
    assertThat(request("WHEN price(AAPL) > 1 THEN BUY 0 AAPL", JAN_1, MAR_31, 1.0).problem())
        .hasValueSatisfying(p -> assertThat(p).startsWith("The rule does not parse: at "));
    assertThat(request(rule, MAR_31, JAN_1, 1.0).problem())
        .hasValue("The first day (2014-03-31) is after the last (2014-01-01).");
    assertThat(request(rule, JAN_1, null, 1.0).problem())
        .hasValue("Choose the first and the last day.");
    assertThat(request(rule, JAN_1, MAR_31, 0.0).problem())
        .hasValue("The capital must be more than $0.");
  }

  @Test
  void shouldDefaultToAllOfStockNetAndTheLastWeekOfRecordedHistory() {
    LocalDate today = LocalDate.of(2026, 12, 7);
    assertThat(BacktestSource.STOCKNET.defaultFrom(today)).isEqualTo(JAN_1);
    assertThat(BacktestSource.STOCKNET.defaultTo(today)).isEqualTo(LocalDate.of(2015, 12, 31));
    assertThat(BacktestSource.RECORDED.defaultFrom(today)).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(BacktestSource.RECORDED.defaultTo(today)).isEqualTo(today);
  }

  @Test
  void shouldReadQuotedCsvFields() {
    assertThat(BacktestResult.fields("a,\"b, \"\"c\"\"\",,d"))
        .containsExactly("a", "b, \"c\"", "", "d");
  }
}
