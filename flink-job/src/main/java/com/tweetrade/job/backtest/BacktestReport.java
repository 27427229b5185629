package com.tweetrade.job.backtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Trade;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A backtest's figures, computed from its trades and the history's prices like a cash account that
 * starts with {@code capital}: filled trades move cash and holdings at their fill price, holdings
 * are marked at each day's last price. Writes {@code trades.csv}, {@code equity.csv}, {@code
 * summary.json} and a self-contained {@code report.html} (ECharts inlined).
 *
 * @param equity end-of-day equity in dollars, by day
 * @param drawdown end-of-day drawdown from the running peak, a share (0.1 = 10%), by day
 */
public record BacktestReport(
    List<Trade> trades,
    Map<String, Object> summary,
    TreeMap<LocalDate, Double> equity,
    TreeMap<LocalDate, Double> drawdown) {
  private static final String ECHARTS =
      "META-INF/resources/_static/echarts/5.6.0/dist/echarts.min.js";
  private static final double TRADING_DAYS = 252;

  /**
   * The figures of {@code trades} over {@code history} for an account of {@code capital} dollars.
   */
  public static BacktestReport of(List<Trade> trades, History history, double capital) {
    TreeMap<LocalDate, Map<String, Long>> closes = new TreeMap<>();
    for (Quote q : history.quotes()) {
      closes
          .computeIfAbsent(StockNetHistory.dayOf(q.eventTime()), d -> new TreeMap<>())
          .put(q.ticker(), q.priceCents());
    }
    Map<String, Long> holdings = new TreeMap<>();
    Map<String, Long> lastPrice = new TreeMap<>();
    Map<String, double[]> cost = new TreeMap<>(); // ticker -> {shares, total cost in cents}
    Map<String, Double> pnlByRule = new TreeMap<>();
    Map<String, Double> pnlByTicker = new TreeMap<>();
    Map<String, Map<String, Long>> sharesByRule = new TreeMap<>();
    double cashCents = capital * 100;
    int filled = 0;
    int wins = 0;
    int sells = 0;
    TreeMap<LocalDate, Double> equity = new TreeMap<>();
    TreeMap<LocalDate, Double> drawdown = new TreeMap<>();
    int exposedDays = 0;
    int next = 0;
    for (Map.Entry<LocalDate, Map<String, Long>> day : closes.entrySet()) {
      long endOfDay =
          day.getKey()
              .plusDays(1)
              .atStartOfDay(java.time.ZoneOffset.UTC)
              .toInstant()
              .toEpochMilli();
      lastPrice.putAll(day.getValue());
      for (; next < trades.size() && trades.get(next).eventTime() < endOfDay; next++) {
        Trade t = trades.get(next);
        if (!"FILLED".equals(t.status())) continue;
        filled++;
        long signed = "BUY".equals(t.side()) ? t.quantity() : -t.quantity();
        double flow = -signed * (double) t.priceCents();
        cashCents += flow;
        holdings.merge(t.ticker(), signed, Long::sum);
        sharesByRule
            .computeIfAbsent(t.ruleId(), r -> new TreeMap<>())
            .merge(t.ticker(), signed, Long::sum);
        pnlByRule.merge(t.ruleId(), flow / 100, Double::sum);
        pnlByTicker.merge(t.ticker(), flow / 100, Double::sum);
        double[] c = cost.computeIfAbsent(t.ticker(), k -> new double[2]);
        if (signed > 0) {
          c[0] += signed;
          c[1] += signed * (double) t.priceCents();
        } else if (c[0] > 0) {
          sells++;
          double avg = c[1] / c[0];
          if (t.priceCents() > avg) wins++;
          double sold = Math.min(c[0], -signed);
          c[0] -= sold;
          c[1] -= sold * avg;
        }
      }
      double marked = cashCents;
      boolean exposed = false;
      for (Map.Entry<String, Long> h : holdings.entrySet()) {
        if (h.getValue() == 0) continue;
        exposed = true;
        marked += h.getValue() * (double) lastPrice.getOrDefault(h.getKey(), 0L);
      }
      if (exposed) exposedDays++;
      equity.put(day.getKey(), marked / 100);
    }
    double peak = Double.NEGATIVE_INFINITY;
    double maxDrawdown = 0;
    for (Map.Entry<LocalDate, Double> e : equity.entrySet()) {
      peak = Math.max(peak, e.getValue());
      double dd = peak <= 0 ? 0 : (peak - e.getValue()) / peak;
      drawdown.put(e.getKey(), dd);
      maxDrawdown = Math.max(maxDrawdown, dd);
    }
    // What each rule and ticker still holds at the end counts at the last price.
    sharesByRule.forEach(
        (rule, shares) ->
            shares.forEach(
                (ticker, n) ->
                    pnlByRule.merge(
                        rule, n * (double) lastPrice.getOrDefault(ticker, 0L) / 100, Double::sum)));
    holdings.forEach(
        (ticker, n) ->
            pnlByTicker.merge(
                ticker, n * (double) lastPrice.getOrDefault(ticker, 0L) / 100, Double::sum));

    double end = equity.isEmpty() ? capital : equity.lastEntry().getValue();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("capital", capital);
    summary.put("from", equity.isEmpty() ? null : equity.firstKey().toString());
    summary.put("to", equity.isEmpty() ? null : equity.lastKey().toString());
    summary.put("trades", trades.size());
    summary.put("filled", filled);
    summary.put("rejected", trades.size() - filled);
    summary.put("winRate", sells == 0 ? null : round((double) wins / sells));
    summary.put("endEquity", round(end));
    summary.put("totalReturn", round(end / capital - 1));
    summary.put("maxDrawdown", round(maxDrawdown));
    summary.put("sharpeDaily", round(sharpe(equity)));
    summary.put("exposure", equity.isEmpty() ? 0 : round((double) exposedDays / equity.size()));
    summary.put("pnlByRule", rounded(pnlByRule));
    summary.put("pnlByTicker", rounded(pnlByTicker));
    return new BacktestReport(List.copyOf(trades), summary, equity, drawdown);
  }

  /**
   * Mean over standard deviation of the daily returns, times the square root of 252; 0 when flat.
   */
  static double sharpe(TreeMap<LocalDate, Double> equity) {
    List<Double> returns = new ArrayList<>();
    Double previous = null;
    for (double e : equity.values()) {
      if (previous != null && previous != 0) returns.add(e / previous - 1);
      previous = e;
    }
    if (returns.size() < 2) return 0;
    double mean = returns.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double variance =
        returns.stream().mapToDouble(r -> (r - mean) * (r - mean)).sum() / (returns.size() - 1);
    return variance == 0 ? 0 : mean / Math.sqrt(variance) * Math.sqrt(TRADING_DAYS);
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  private static Map<String, Double> rounded(Map<String, Double> values) {
    Map<String, Double> out = new TreeMap<>();
    values.forEach((k, v) -> out.put(k, Math.round(v * 100) / 100.0));
    return out;
  }

  /** Writes trades.csv, equity.csv, summary.json and report.html into {@code dir}. */
  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("trades.csv"), tradesCsv(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("equity.csv"), equityCsv(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("summary.json"), summaryJson(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("report.html"), html(), StandardCharsets.UTF_8);
  }

  String tradesCsv() {
    StringBuilder b = new StringBuilder("time,rule,side,qty,ticker,price,status,explanation\n");
    for (Trade t : trades) {
      b.append(Instant.ofEpochMilli(t.eventTime()))
          .append(',')
          .append(csv(t.ruleId()))
          .append(',')
          .append(t.side())
          .append(',')
          .append(t.quantity())
          .append(',')
          .append(t.ticker())
          .append(',')
          .append(String.format(Locale.ROOT, "%.2f", t.priceCents() / 100.0))
          .append(',')
          .append(
              csv(
                  t.status()
                      + (t.reason() == null || t.reason().isEmpty() ? "" : ": " + t.reason())))
          .append(',')
          .append(csv(explanation(t)))
          .append('\n');
    }
    return b.toString();
  }

  /** End-of-day equity (dollars) and drawdown (a share) by day: the curve the web UI draws. */
  String equityCsv() {
    StringBuilder b = new StringBuilder("day,equity,drawdown\n");
    equity.forEach(
        (day, value) ->
            b.append(day)
                .append(',')
                .append(String.format(Locale.ROOT, "%.2f", value))
                .append(',')
                .append(String.format(Locale.ROOT, "%.6f", drawdown.get(day)))
                .append('\n'));
    return b.toString();
  }

  private static String explanation(Trade t) {
    StringBuilder b = new StringBuilder();
    new TreeMap<>(t.explanation())
        .forEach(
            (k, v) ->
                b.append(b.isEmpty() ? "" : "; ")
                    .append(k)
                    .append(" = ")
                    .append(String.format(Locale.ROOT, "%.4f", v)));
    return b.toString();
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n")
        ? '"' + s.replace("\"", "\"\"") + '"'
        : s;
  }

  String summaryJson() throws IOException {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary)
        + "\n";
  }

  /** The summary table the command prints. */
  public void print(PrintStream out) {
    out.printf("%-14s %s%n", "period", summary.get("from") + " .. " + summary.get("to"));
    for (String k :
        List.of(
            "trades",
            "filled",
            "rejected",
            "winRate",
            "endEquity",
            "totalReturn",
            "maxDrawdown",
            "sharpeDaily",
            "exposure")) {
      out.printf("%-14s %s%n", k, summary.get(k));
    }
    out.printf("%-14s %s%n", "pnlByRule", summary.get("pnlByRule"));
    out.printf("%-14s %s%n", "pnlByTicker", summary.get("pnlByTicker"));
    if (summary.get("warnings") instanceof List<?> warnings) {
      for (Object w : warnings) out.printf("%-14s %s%n", "warning", w);
    }
  }

  /** This report with {@code warnings} in its summary ({@code warnings}); unchanged when none. */
  public BacktestReport withWarnings(List<String> warnings) {
    if (warnings.isEmpty()) return this;
    Map<String, Object> withWarnings = new LinkedHashMap<>(summary);
    withWarnings.put("warnings", List.copyOf(warnings));
    return new BacktestReport(trades, withWarnings, equity, drawdown);
  }

  String html() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> days = equity.keySet().stream().map(LocalDate::toString).toList();
    String option =
        json.writeValueAsString(
            Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("data", List.of("equity ($)", "drawdown (%)")),
                "xAxis", Map.of("type", "category", "data", days),
                "yAxis",
                    List.of(
                        Map.of("type", "value", "scale", true),
                        Map.of("type", "value", "inverse", true)),
                "series",
                    List.of(
                        Map.of(
                            "name",
                            "equity ($)",
                            "type",
                            "line",
                            "showSymbol",
                            false,
                            "data",
                            List.copyOf(equity.values())),
                        Map.of(
                            "name",
                            "drawdown (%)",
                            "type",
                            "line",
                            "yAxisIndex",
                            1,
                            "showSymbol",
                            false,
                            "areaStyle",
                            Map.of(),
                            "data",
                            drawdown.values().stream()
                                .map(d -> Math.round(d * 10_000) / 100.0)
                                .toList()))));
    StringBuilder rows = new StringBuilder();
    for (Trade t : trades) {
      rows.append("<tr>");
      for (String cell :
          List.of(
              Instant.ofEpochMilli(t.eventTime()).toString(),
              t.ruleId(),
              t.side(),
              Long.toString(t.quantity()),
              t.ticker(),
              String.format(Locale.ROOT, "%.2f", t.priceCents() / 100.0),
              t.status() + (t.reason() == null || t.reason().isEmpty() ? "" : ": " + t.reason()),
              explanation(t))) {
        rows.append("<td>").append(escape(cell)).append("</td>");
      }
      rows.append("</tr>\n");
    }
    return "<!doctype html>\n"
               + "<html><head><meta charset=\"utf-8\"><title>TweeTrade backtest</title>\n"
               + "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px"
               + " solid #ccc;padding:2px"
               + " 6px;font-size:13px}#equity{width:100%;height:420px}</style>\n"
               + "<script>"
        + echarts()
        + "</script></head><body>\n<h1>Backtest</h1>\n<pre>"
        + escape(summaryJson())
        + "</pre>\n"
        + "<div id=\"equity\"></div>\n"
        + "<h2>Trades</h2>\n"
        + "<table><tr><th>time</th><th>rule</th><th>side</th><th>qty</th><th>ticker</th>"
        + "<th>price</th><th>status</th><th>explanation</th></tr>\n"
        + rows
        + "</table>\n<script>echarts.init(document.getElementById('equity')).setOption("
        + option
        + ");</script>\n</body></html>\n";
  }

  private static String echarts() throws IOException {
    try (InputStream in = BacktestReport.class.getClassLoader().getResourceAsStream(ECHARTS)) {
      if (in == null)
        throw new IOException("ECharts is missing from the classpath (" + ECHARTS + ")");
      // A literal "</script" inside would end the script element early.
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("</script", "<\\/script");
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
