package com.tweetrade.web.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.tweetrade.model.Trade;
import com.tweetrade.web.trades.TradeService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's trades (Karibu, no Spring): a resting order's row says how it filled. */
class DashboardTradesTest {
  private static final long T = Instant.parse("2026-12-07T10:15:00Z").toEpochMilli();

  private final TestDashboard dashboard = new TestDashboard();
  private final TradeService trades = dashboard.trades;

  @BeforeEach
  void setUp() {
    MockVaadin.setup();
    when(trades.positions()).thenReturn(List.of());
    when(trades.equityHistory()).thenReturn(List.of());
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
  }

  @Test
  void shouldShowTheFillPriceAndHowALimitOrderFilledOrWasCancelled() {
    when(trades.recentTrades())
        .thenReturn(
            List.of(
                trade("t2", "CANCELLED", 0, "limit 250.00 cancelled by its owner", T + 60_000),
                trade("t1", "FILLED", 24_980, "limit 250.00 filled at 249.80", T)));
    DashboardView view = dashboard.open();

    assertThat(GridKt._getFormattedRow(view.trades, 1).subList(0, 6))
        .containsExactly(
            "2026-12-07T10:15:00Z",
            "BUY",
            "10",
            "TSLA",
            "$249.80",
            "FILLED: limit 250.00 filled at 249.80");
    assertThat(GridKt._getFormattedRow(view.trades, 0).get(5))
        .isEqualTo("CANCELLED: limit 250.00 cancelled by its owner");
  }

  private static Trade trade(String id, String status, long cents, String reason, long time) {
    return new Trade(
        id,
        "alice",
        "r1",
        "BUY",
        10,
        "TSLA",
        cents,
        time,
        status,
        reason,
        Map.of("price:TSLA", 251.0),
        "");
  }
}
