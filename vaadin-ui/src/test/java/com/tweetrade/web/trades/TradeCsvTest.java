package com.tweetrade.web.trades;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.Position;
import com.tweetrade.model.Trade;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CSV exports: exact text, quoting and money in dollars. */
class TradeCsvTest {
  private static final long T = Instant.parse("2026-12-07T10:15:30Z").toEpochMilli();

  @Test
  void shouldWriteTradesWithTheReasonQuotedWhereItHasACommaOrQuote() {
    Trade filled =
        new Trade(
            "t1",
            "alice",
            "r1",
            "BUY",
            10,
            "TSLA",
            25_013,
            T,
            "FILLED",
            "",
            Map.of("price:TSLA", 250.13, "avg:TSLA:15m", 251.0),
            "");
    Trade rejected =
        new Trade(
            "t2",
            "alice",
            "r2",
            "SELL",
            5,
            "AAPL",
            19_000,
            T + 1_000,
            "REJECTED",
            "short selling is off: selling 5 AAPL, 0 held",
            Map.of(),
            "");
    assertThat(TradeCsv.trades(List.of(filled, rejected)))
        .isEqualTo(
            "time,trade_id,rule_id,side,quantity,ticker,price,status,reason,explanation\r\n"
                + "2026-12-07T10:15:30Z,t1,r1,BUY,10,TSLA,250.13,FILLED,,"
                + "avg:TSLA:15m=251.0; price:TSLA=250.13\r\n"
                + "2026-12-07T10:15:31Z,t2,r2,SELL,5,AAPL,190.00,REJECTED,"
                + "\"short selling is off: selling 5 AAPL, 0 held\",\r\n");
    assertThat(TradeCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
  }

  @Test
  void shouldWritePositionsInDollars() {
    Position p = new Position("alice", "TSLA", -3, 10_050.5, 1_234, 10_000, 151.5, T);
    assertThat(TradeCsv.positions(List.of(p)))
        .isEqualTo(
            "ticker,quantity,avg_cost,last_price,realised_pnl,unrealised_pnl,updated_at\r\n"
                + "TSLA,-3,100.51,100.00,12.34,1.52,2026-12-07T10:15:30Z\r\n");
  }
}
