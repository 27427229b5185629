package com.tweetrade.web.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A finished backtest's report as {@code bin/tweetrade backtest} wrote it: {@code summary.json},
 * {@code equity.csv} and {@code trades.csv}.
 */
public record BacktestResult(Summary summary, List<Day> equity, List<TradeRow> trades) {

  /** The headline figures of {@code summary.json}; shares are fractions (0.1 = 10%). */
  public record Summary(
      int trades,
      int filled,
      int rejected,
      @Nullable Double winRate,
      double endEquity,
      double totalReturn,
      double maxDrawdown,
      double sharpeDaily,
      double exposure) {}

  /** End-of-day equity in dollars and drawdown from the running peak, a fraction. */
  public record Day(LocalDate day, double equity, double drawdown) {}

  /** One line of {@code trades.csv}; status includes the reason of a rejection. */
  public record TradeRow(
      Instant time,
      String rule,
      String side,
      long quantity,
      String ticker,
      double price,
      String status,
      String explanation) {}

  /** Reads the report the command wrote into {@code dir}. */
  public static BacktestResult read(Path dir) throws IOException {
    JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
    Summary summary =
        new Summary(
            s.path("trades").asInt(),
            s.path("filled").asInt(),
            s.path("rejected").asInt(),
            s.path("winRate").isNumber() ? s.path("winRate").asDouble() : null,
            s.path("endEquity").asDouble(),
            s.path("totalReturn").asDouble(),
            s.path("maxDrawdown").asDouble(),
            s.path("sharpeDaily").asDouble(),
            s.path("exposure").asDouble());
    List<Day> equity = new ArrayList<>();
    for (List<String> f : csv(dir.resolve("equity.csv"))) {
      equity.add(
          new Day(
              LocalDate.parse(f.get(0)),
              Double.parseDouble(f.get(1)),
              Double.parseDouble(f.get(2))));
    }
    List<TradeRow> trades = new ArrayList<>();
    for (List<String> f : csv(dir.resolve("trades.csv"))) {
      trades.add(
          new TradeRow(
              Instant.parse(f.get(0)),
              f.get(1),
              f.get(2),
              Long.parseLong(f.get(3)),
              f.get(4),
              Double.parseDouble(f.get(5)),
              f.get(6),
              f.get(7)));
    }
    return new BacktestResult(summary, List.copyOf(equity), List.copyOf(trades));
  }

  /** The rows of a CSV file after its header; a field may be in double quotes (quotes doubled). */
  static List<List<String>> csv(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      if (!line.isEmpty()) rows.add(fields(line));
    }
    return rows;
  }

  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
