package com.tweetrade.web.rules.ui;

import static com.tweetrade.web.rules.ui.BacktestDialogTest.RULE;
import static com.tweetrade.web.rules.ui.BacktestDialogTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.tweetrade.web.backtest.BacktestResult;
import com.tweetrade.web.backtest.BacktestService;
import com.tweetrade.web.support.SignedInBacktests;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Backtest dialog (Karibu) running the project's real {@code bin/tweetrade backtest} on the
 * shipped StockNet data, from the classes flink-job's build left ({@code TWEETRADE_NO_BUILD=1}).
 */
class BacktestDialogIT {
  private BacktestService service;

  @RegisterExtension final SignedInBacktests alice = new SignedInBacktests("alice");

  @BeforeEach
  void setUp() {
    MockVaadin.setup();
    service = alice.service(null);
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
  }

  private BacktestDialog run(String rule, LocalDate from, LocalDate to) throws Exception {
    BacktestDialog dialog = new BacktestDialog(service, rule, BacktestDialogTest.CLOCK);
    dialog.open();
    dialog.from.setValue(from);
    dialog.to.setValue(to);
    dialog.run.click();
    assertThat(dialog.message.getText()).isEmpty();
    await(() -> dialog.run.isEnabled(), Duration.ofMinutes(3));
    return dialog;
  }

  /** StockNet's prices start on 2012-09-04. */
  @Test
  void shouldSayWhenTheRangeHasNoData() throws Exception {
    BacktestDialog dialog = run(RULE, LocalDate.of(2012, 1, 1), LocalDate.of(2012, 6, 30));
    assertThat(dialog.message.getText())
        .startsWith("no prices for [AAPL] between 2012-01-01 and 2012-06-30 (StockNet has ");
    assertThat(dialog.progress.getText()).isEmpty();
    assertThat(dialog.trades.isVisible()).isFalse();
    assertThat(dialog.equityChart.isVisible()).isFalse();
  }

  /**
   * AAPL over 2014-01-02..31: the first close is above 1, so the rule buys once; equity starts at
   * the capital and the curve has one point per trading day.
   */
  @Test
  void shouldShowTheSummaryEquityCurveAndTradesWithTheirExplanations() throws Exception {
    BacktestDialog dialog = run(RULE, LocalDate.of(2014, 1, 1), LocalDate.of(2014, 1, 31));
    assertThat(dialog.message.getText()).isEmpty();
    assertThat(dialog.progress.getText()).isEqualTo("Done.");

    List<BacktestResult.TradeRow> trades = dialog.trades.getGenericDataView().getItems().toList();
    assertThat(trades).hasSize(1);
    BacktestResult.TradeRow buy = trades.get(0);
    assertThat(buy.side()).isEqualTo("BUY");
    assertThat(buy.quantity()).isEqualTo(10);
    assertThat(buy.status()).isEqualTo("FILLED");
    assertThat(buy.time()).isEqualTo(java.time.Instant.parse("2014-01-02T20:00:00Z"));
    assertThat(buy.explanation())
        .isEqualTo(String.format(java.util.Locale.ROOT, "price:AAPL = %.4f", buy.price()));
    assertThat(dialog.summary.getText()).startsWith("Trades 1 (filled 1, rejected 0)");

    JsonNode option = new ObjectMapper().readTree(dialog.equityChart.optionJson());
    JsonNode equity = option.get("series").get(0).get("data");
    assertThat(equity.size()).isBetween(19, 22); // the trading days of January 2014
    assertThat(equity.get(0).get(0).asText()).isEqualTo("2014-01-02");
    // Bought at the first close and marked at it: the day ends at the capital.
    assertThat(equity.get(0).get(1).asDouble()).isEqualTo(100_000.0);
    assertThat(dialog.equityChart.isVisible()).isTrue();
    assertThat(dialog.trades.isVisible()).isTrue();
  }
}
