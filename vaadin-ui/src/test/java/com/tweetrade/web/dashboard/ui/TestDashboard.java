package com.tweetrade.web.dashboard.ui;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.tweetrade.web.base.TweetradeProperties;
import com.tweetrade.web.market.MarketFeed;
import com.tweetrade.web.market.MarketSnapshot;
import com.tweetrade.web.trades.TradeService;
import com.vaadin.flow.component.UI;
import java.net.URI;

/**
 * The dashboard on mocked services (Karibu, no Spring): no market data, and live feeds that never
 * deliver; a test stubs what the page should show on {@link #trades}.
 */
final class TestDashboard {
  final TradeService trades = mock(TradeService.class);
  final MarketFeed market = mock(MarketFeed.class);

  TestDashboard() {
    when(market.snapshot()).thenReturn(new MarketSnapshot());
    when(market.subscribe(any())).thenReturn(() -> {});
    when(trades.subscribeToMyTrades(any())).thenReturn(() -> {});
  }

  /** A new dashboard, added to the current (mocked) UI. */
  DashboardView open() {
    TweetradeProperties props =
        new TweetradeProperties(
            "127.0.0.1:9092",
            "127.0.0.1:9042",
            "tweetdb",
            "datacenter1",
            URI.create("http://127.0.0.1:8081"),
            null);
    DashboardView view = new DashboardView(market, trades, props);
    UI.getCurrent().add(view);
    return view;
  }
}
