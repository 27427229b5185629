package com.tweetrade.web.dashboard.ui;

import com.tweetrade.model.EquityPoint;
import com.tweetrade.web.base.ui.EChart;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The user's paper account as the job stores it: cash, equity and unrealised P&amp;L of the newest
 * point, the equity history as a chart, and the trades and positions as CSV downloads.
 */
class AccountPanel extends VerticalLayout {
  static final String NO_ACCOUNT =
      "No account yet: it opens with your first fill (cash, equity and their history show here).";

  final Span summary = new Span();
  final EChart equityChart = new EChart();
  final Anchor tradesCsv;
  final Anchor positionsCsv;

  /** {@code tradesCsv} and {@code positionsCsv} make the files when a download asks for them. */
  AccountPanel(Supplier<String> tradesCsv, Supplier<String> positionsCsv) {
    setPadding(false);
    summary.setId("account-summary");
    equityChart.setId("equity-chart");
    this.tradesCsv = download(tradesCsv, "trades.csv", "Download trades (CSV)");
    this.tradesCsv.setId("trades-csv");
    this.positionsCsv = download(positionsCsv, "positions.csv", "Download positions (CSV)");
    this.positionsCsv.setId("positions-csv");
    add(summary, equityChart, new HorizontalLayout(this.tradesCsv, this.positionsCsv));
  }

  /** Shows {@code history} (oldest first): its newest point and the chart. */
  void show(List<EquityPoint> history) {
    summary.setText(history.isEmpty() ? NO_ACCOUNT : summary(history.get(history.size() - 1)));
    equityChart.setOption(ChartOptions.equity(history));
  }

  static String summary(EquityPoint p) {
    return "Cash "
        + dollars(p.cashCents())
        + " · Positions "
        + dollars(p.marketValueCents())
        + " · Equity "
        + dollars(p.equityCents())
        + " · Unrealised P&L "
        + dollars(p.unrealisedPnlCents())
        + " · as of "
        + Instant.ofEpochMilli(p.updatedAt());
  }

  private static Anchor download(Supplier<String> csv, String fileName, String text) {
    Anchor anchor =
        new Anchor(
            DownloadHandler.fromInputStream(
                event -> {
                  byte[] bytes = csv.get().getBytes(StandardCharsets.UTF_8);
                  return new DownloadResponse(
                      new ByteArrayInputStream(bytes),
                      fileName,
                      "text/csv;charset=utf-8",
                      bytes.length);
                }),
            text);
    anchor.setDownload(true);
    return anchor;
  }

  static String dollars(double cents) {
    return String.format(Locale.ROOT, "$%,.2f", cents / 100.0);
  }
}
