package com.tweetrade.web.dashboard.ui;

import com.tweetrade.model.Position;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.Trade;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.RuleValidator;
import com.tweetrade.web.base.TweetradeProperties;
import com.tweetrade.web.base.ui.CoalescedAccess;
import com.tweetrade.web.base.ui.EChart;
import com.tweetrade.web.market.MarketFeed;
import com.tweetrade.web.market.MarketSnapshot;
import com.tweetrade.web.trades.TradeService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The live dashboard: a ticker's price and window averages, a keyword's sentiment and volume, the
 * user's trades as they fire, the account (cash, equity and its history, CSV downloads) and
 * positions with P&amp;L at the latest quotes. Updated by server push.
 */
@Route("")
@PageTitle("Dashboard | TweeTrade")
@Menu(order = 0, title = "Dashboard")
@PermitAll
class DashboardView extends VerticalLayout {
  static final String DEFAULT_TICKER = "TSLA";

  /**
   * The default ticker's cashtag: the job tracks every cashtag, a word only when a rule reads it.
   */
  static final String DEFAULT_KEYWORD = "$" + DEFAULT_TICKER;

  /** Positions are re-read from Cassandra at most this often when prices move. */
  static final long POSITIONS_REFRESH_MS = 5_000;

  final ComboBox<String> ticker = new ComboBox<>("Ticker");
  final TextField keyword = new TextField("Keyword");
  final EChart priceChart = new EChart();
  final EChart sentimentChart = new EChart();
  final Span latest = new Span();
  final Grid<Trade> trades = new Grid<>(Trade.class, false);
  final Grid<Position> positions = new Grid<>(Position.class, false);
  final AccountPanel account;

  private final MarketFeed market;
  private final TradeService tradeService;
  private final List<Trade> shownTrades = new ArrayList<>();
  private final List<Runnable> subscriptions = new ArrayList<>();

  /** Read on Kafka threads to drop changes of other tickers and keywords before any ui.access. */
  private volatile String shownTicker = DEFAULT_TICKER;

  private volatile String shownKeyword = DEFAULT_KEYWORD;
  private volatile long positionsReadAt;

  DashboardView(MarketFeed market, TradeService tradeService, TweetradeProperties props) {
    this.market = market;
    this.tradeService = tradeService;
    account = new AccountPanel(tradeService::tradesCsv, tradeService::positionsCsv);
    setWidthFull();
    configureSelectors();
    configureGrids();
    priceChart.setId("price-chart");
    sentimentChart.setId("sentiment-chart");
    latest.setId("latest-values");
    Anchor flink = new Anchor(props.flinkUiUrl().toString(), "Flink Web UI");
    flink.setTarget("_blank");
    flink.setId("flink-ui-link");
    HorizontalLayout toolbar = new HorizontalLayout(ticker, keyword, flink);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    HorizontalLayout charts = new HorizontalLayout(priceChart, sentimentChart);
    charts.setWidthFull();
    add(
        toolbar,
        latest,
        charts,
        new H3("My trades"),
        trades,
        new H3("Account"),
        account,
        new H3("Positions and P&L"),
        positions);
    refreshCharts();
    loadTradesAndPositions();
  }

  private void configureSelectors() {
    ticker.setId("ticker");
    List<String> known = new ArrayList<>(market.snapshot().tickers());
    if (!known.contains(DEFAULT_TICKER)) known.add(0, DEFAULT_TICKER);
    ticker.setItems(known);
    ticker.setAllowCustomValue(true);
    ticker.addCustomValueSetListener(
        e -> ticker.setValue(e.getDetail().strip().toUpperCase(Locale.ROOT)));
    ticker.setValue(DEFAULT_TICKER);
    ticker.addValueChangeListener(
        e -> {
          // The keyword follows the ticker while it is the old ticker's cashtag (the user did not
          // pick another).
          if (e.getOldValue() != null
              && e.getValue() != null
              && keyword.getValue().strip().equalsIgnoreCase("$" + e.getOldValue())) {
            keyword.setValue("$" + e.getValue());
          }
          refreshCharts();
        });
    keyword.setId("keyword");
    keyword.setValue(DEFAULT_KEYWORD);
    keyword.setValueChangeMode(ValueChangeMode.LAZY);
    keyword.addValueChangeListener(e -> refreshCharts());
  }

  private void configureGrids() {
    trades.setId("trades");
    trades
        .addColumn(t -> Instant.ofEpochMilli(t.eventTime()).toString())
        .setHeader("Time")
        .setAutoWidth(true);
    trades.addColumn(Trade::side).setHeader("Side");
    trades.addColumn(Trade::quantity).setHeader("Qty");
    trades.addColumn(Trade::ticker).setHeader("Ticker");
    trades.addColumn(t -> dollars(t.priceCents())).setHeader("Price");
    trades
        .addColumn(
            t -> t.status() + (t.reason() == null || t.reason().isEmpty() ? "" : ": " + t.reason()))
        .setHeader("Status")
        .setFlexGrow(2);
    trades.addColumn(DashboardView::explanation).setHeader("Why").setFlexGrow(3);
    // Wrapped, not cut: the status carries how an order filled ("limit 95.00 filled at 94.80").
    trades.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    trades.setAllRowsVisible(true);
    positions.setId("positions");
    positions.addColumn(Position::ticker).setHeader("Ticker");
    positions.addColumn(Position::quantity).setHeader("Qty");
    positions.addColumn(p -> dollars(p.avgCostCents())).setHeader("Avg cost");
    positions.addColumn(p -> dollars(p.lastPriceCents())).setHeader("Last");
    positions.addColumn(p -> dollars(p.realisedPnlCents())).setHeader("Realised P&L");
    positions.addColumn(p -> dollars(p.unrealisedPnlCents())).setHeader("Unrealised P&L");
    positions.addColumn(p -> dollars(p.totalPnlCents())).setHeader("Total P&L");
    positions.setAllRowsVisible(true);
  }

  void refreshCharts() {
    MarketSnapshot snapshot = market.snapshot();
    String t = ticker.getValue() == null ? DEFAULT_TICKER : ticker.getValue();
    String k = RuleValidator.normalizeKeyword(keyword.getValue());
    shownTicker = t;
    shownKeyword = k;
    Map<String, List<PriceAggregate>> byWindow = new LinkedHashMap<>();
    for (String w : WindowSet.LIVE_STORED.labels()) byWindow.put(w, snapshot.priceHistory(t, w));
    priceChart.setOption(ChartOptions.price(t, byWindow));
    sentimentChart.setOption(ChartOptions.sentiment(k, snapshot.sentimentHistory(k, "1m")));
    latest.setText(latestText(snapshot, t, k));
  }

  static String latestText(MarketSnapshot s, String t, String k) {
    StringBuilder b = new StringBuilder();
    s.value("price:" + t)
        .ifPresent(v -> b.append(t).append(' ').append(String.format(Locale.ROOT, "$%.2f", v)));
    for (String w : WindowSet.LIVE_STORED.labels()) {
      s.value("avg:" + t + ':' + w)
          .ifPresent(v -> b.append(String.format(Locale.ROOT, " · avg %s $%.2f", w, v)));
    }
    s.value("sentiment:" + k + ":5m")
        .ifPresent(v -> b.append(String.format(Locale.ROOT, " · sentiment(%s, 5m) %.3f", k, v)));
    s.value("volume:" + k + ":5m")
        .ifPresent(v -> b.append(String.format(Locale.ROOT, " · %d tweets in 5m", (long) v)));
    if (s.sentimentHistory(k, "1m").isEmpty() && s.value("sentiment:" + k + ":5m").isEmpty()) {
      b.append(b.isEmpty() ? "" : " · ").append(notTracked(k));
    }
    return b.isEmpty() ? "No market data for " + t + " / " + k + " yet." : b.toString();
  }

  /** Why a keyword's chart is empty: the job scores a word only while some rule reads it. */
  static String notTracked(String k) {
    return k.startsWith("$")
        ? "no sentiment for " + k + " yet (no post has mentioned it)"
        : "\""
            + k
            + "\" is not tracked: add a rule that reads it, e.g. sentiment(\""
            + k
            + "\", 5m)";
  }

  private void loadTradesAndPositions() {
    shownTrades.clear();
    shownTrades.addAll(tradeService.recentTrades());
    trades.setItems(shownTrades);
    refreshPositions();
  }

  private void refreshPositions() {
    positionsReadAt = System.currentTimeMillis();
    positions.setItems(tradeService.positions());
    account.show(tradeService.equityHistory());
  }

  void showTrade(Trade trade) {
    shownTrades.removeIf(t -> t.id().equals(trade.id()));
    shownTrades.add(0, trade);
    if (shownTrades.size() > 100) shownTrades.remove(shownTrades.size() - 1);
    trades.setItems(shownTrades);
    refreshPositions();
  }

  @Override
  protected void onAttach(AttachEvent event) {
    UI ui = event.getUI();
    // Both callbacks run on Kafka threads: touch components only inside ui.access. The market
    // feed carries every ticker's aggregates, so keep only what this page shows, coalesced.
    CoalescedAccess charts = new CoalescedAccess(ui, this::refreshCharts);
    CoalescedAccess positionsUpdate = new CoalescedAccess(ui, this::refreshPositions);
    subscriptions.add(
        market.subscribe(
            change -> {
              if (change.price()
                  ? change.subject().equals(shownTicker)
                  : change.subject().equals(shownKeyword)) {
                charts.signal();
              }
              if (change.price()
                  && System.currentTimeMillis() - positionsReadAt > POSITIONS_REFRESH_MS) {
                positionsUpdate.signal();
              }
            }));
    subscriptions.add(tradeService.subscribeToMyTrades(trade -> ui.access(() -> showTrade(trade))));
  }

  @Override
  protected void onDetach(DetachEvent event) {
    subscriptions.forEach(Runnable::run);
    subscriptions.clear();
  }

  static String explanation(Trade t) {
    return new TreeMap<>(t.explanation())
        .entrySet().stream()
            .map(e -> e.getKey() + " = " + String.format(Locale.ROOT, "%.4g", e.getValue()))
            .collect(Collectors.joining(", "));
  }

  private static String dollars(double cents) {
    return String.format(Locale.ROOT, "$%,.2f", cents / 100.0);
  }
}
