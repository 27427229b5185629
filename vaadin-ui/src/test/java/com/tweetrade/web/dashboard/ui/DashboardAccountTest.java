package com.tweetrade.web.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.tweetrade.model.EquityPoint;
import com.tweetrade.model.Position;
import com.tweetrade.web.trades.TradeService;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's account (Karibu, no Spring): what the job stored, as the user sees it. */
class DashboardAccountTest {
  private static final long MINUTE = Instant.parse("2026-12-07T10:15:00Z").toEpochMilli();

  private final TestDashboard dashboard = new TestDashboard();
  private final TradeService trades = dashboard.trades;

  @BeforeEach
  void setUp() {
    MockVaadin.setup();
    when(trades.recentTrades()).thenReturn(List.of());
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
  }

  private DashboardView open() {
    return dashboard.open();
  }

  @Test
  void shouldShowCashEquityAndUnrealisedPnlOfTheNewestPointAndChartTheHistory() {
    // 10 TSLA bought at $100.00 from $100,000, then marked at $105.00.
    when(trades.positions())
        .thenReturn(
            List.of(new Position("alice", "TSLA", 10, 10_000, 0, 10_500, 5_000, MINUTE + 61_000)));
    when(trades.equityHistory())
        .thenReturn(
            List.of(
                new EquityPoint("alice", MINUTE, 9_900_000, 100_000, 0, MINUTE + 1_000),
                new EquityPoint(
                    "alice", MINUTE + 60_000, 9_900_000, 105_000, 5_000, MINUTE + 61_000)));

    DashboardView view = open();

    assertThat(view.account.summary.getText())
        .isEqualTo(
            "Cash $99,000.00 · Positions $1,050.00 · Equity $100,050.00"
                + " · Unrealised P&L $50.00 · as of 2026-12-07T10:16:01Z");
    assertThat(view.account.equityChart.optionJson())
        .contains("\"name\":\"equity\"")
        .contains("[" + MINUTE + ",100000.0]")
        .contains("[" + (MINUTE + 60_000) + ",100050.0]");
    assertThat(GridKt._getFormattedRow(view.positions, 0))
        .containsExactly("TSLA", "10", "$100.00", "$105.00", "$0.00", "$50.00", "$50.00");
  }

  @Test
  void shouldSayThatTheAccountOpensWithTheFirstFill() {
    when(trades.positions()).thenReturn(List.of());
    when(trades.equityHistory()).thenReturn(List.of());

    assertThat(open().account.summary.getText()).isEqualTo(AccountPanel.NO_ACCOUNT);
  }

  @Test
  void shouldOfferTradesAndPositionsAsCsvDownloads() {
    when(trades.positions()).thenReturn(List.of());
    when(trades.equityHistory()).thenReturn(List.of());

    DashboardView view = open();

    assertThat(view.account.tradesCsv.getText()).isEqualTo("Download trades (CSV)");
    assertThat(view.account.tradesCsv.getHref()).isNotBlank();
    assertThat(view.account.tradesCsv.getElement().hasAttribute("download")).isTrue();
    assertThat(view.account.positionsCsv.getText()).isEqualTo("Download positions (CSV)");
    assertThat(view.account.positionsCsv.getHref()).isNotBlank();
  }
}
