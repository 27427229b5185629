package com.tweetrade.web.trades;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.tweetrade.model.Position;
import com.tweetrade.model.Trade;
import com.tweetrade.model.tables.Tables;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;

/** Reads the job's {@code trades} (per user and UTC day) and {@code positions} tables. */
@Repository
public class TradeRepository {
  private final CqlSession session;
  private final PreparedStatement tradesOfDay;
  private final PreparedStatement positionsOfUser;

  public TradeRepository(CqlSession session) {
    this.session = session;
    tradesOfDay =
        session.prepare(Tables.Trades.TABLE.selectAll(null) + " WHERE user_id = ? AND day = ? LIMIT ?");
    positionsOfUser =
        session.prepare(Tables.Positions.TABLE.selectAll(null) + " WHERE user_id = ?");
  }

  /** The newest trades of a user, today's then yesterday's (UTC), at most {@code limit}. */
  public List<Trade> recentTrades(String userId, Instant now, int limit) {
    List<Trade> trades = new ArrayList<>();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    for (LocalDate day : List.of(today, today.minusDays(1))) {
      if (trades.size() >= limit) break;
      for (Row row : session.execute(tradesOfDay.bind(userId, day.toString(), limit - trades.size()))) {
        trades.add(toTrade(row));
      }
    }
    return trades;
  }

  public List<Position> positions(String userId) {
    List<Position> positions = new ArrayList<>();
    for (Row row : session.execute(positionsOfUser.bind(userId))) {
      positions.add(
          new Position(
              row.getString("user_id"),
              row.getString("ticker"),
              row.getLong("quantity"),
              row.getDouble("avg_cost_cents"),
              row.getDouble("realised_pnl_cents"),
              row.getLong("last_price_cents"),
              row.getDouble("unrealised_pnl_cents"),
              row.getInstant("updated_at").toEpochMilli()));
    }
    return positions;
  }

  private static Trade toTrade(Row row) {
    Map<String, Double> explanation = row.getMap("explanation", String.class, Double.class);
    Instant time = row.getInstant("event_time");
    return new Trade(
        row.getString("trade_id"),
        row.getString("user_id"),
        row.getString("rule_id"),
        row.getString("side"),
        row.getLong("quantity"),
        row.getString("ticker"),
        row.getLong("price_cents"),
        time == null ? 0 : time.toEpochMilli(),
        row.getString("status"),
        row.getString("reason"),
        explanation);
  }
}
