package com.tweetrade.web.trades;

import com.tweetrade.model.Position;
import com.tweetrade.model.Trade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Trades and positions as CSV (RFC 4180: comma separated, CRLF line ends, a field with a comma,
 * quote or line break in double quotes, its quotes doubled). Times in UTC ISO-8601, money in
 * dollars with two decimals, so a spreadsheet reads them as they are.
 */
public final class TradeCsv {
  static final String TRADES_HEADER =
      "time,trade_id,rule_id,side,quantity,ticker,price,status,reason,explanation";
  static final String POSITIONS_HEADER =
      "ticker,quantity,avg_cost,last_price,realised_pnl,unrealised_pnl,updated_at";

  private TradeCsv() {}

  public static String trades(List<Trade> trades) {
    StringBuilder csv = new StringBuilder(TRADES_HEADER).append("\r\n");
    for (Trade t : trades) {
      row(
          csv,
          Instant.ofEpochMilli(t.eventTime()).toString(),
          t.id(),
          t.ruleId(),
          t.side(),
          Long.toString(t.quantity()),
          t.ticker(),
          dollars(t.priceCents()),
          t.status(),
          t.reason() == null ? "" : t.reason(),
          new TreeMap<>(t.explanation())
              .entrySet().stream()
                  .map(e -> e.getKey() + "=" + e.getValue())
                  .collect(Collectors.joining("; ")));
    }
    return csv.toString();
  }

  public static String positions(List<Position> positions) {
    StringBuilder csv = new StringBuilder(POSITIONS_HEADER).append("\r\n");
    for (Position p : positions) {
      row(
          csv,
          p.ticker(),
          Long.toString(p.quantity()),
          dollars(p.avgCostCents()),
          dollars(p.lastPriceCents()),
          dollars(p.realisedPnlCents()),
          dollars(p.unrealisedPnlCents()),
          Instant.ofEpochMilli(p.updatedAt()).toString());
    }
    return csv.toString();
  }

  private static void row(StringBuilder csv, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) csv.append(',');
      csv.append(field(fields[i]));
    }
    csv.append("\r\n");
  }

  static String field(String value) {
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  /** Cents as dollars with two decimals, half up ({@code 12345.5} cents: {@code 123.46}). */
  static String dollars(double cents) {
    return BigDecimal.valueOf(cents)
        .movePointLeft(2)
        .setScale(2, RoundingMode.HALF_UP)
        .toPlainString();
  }
}
