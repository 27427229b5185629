package com.tweetrade.web.trades;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.tweetrade.model.EquityPoint;
import com.tweetrade.model.Position;
import com.tweetrade.model.Trade;
import com.tweetrade.model.tables.Tables;
import com.tweetrade.model.tables.Tables.EquityHistory;
import com.tweetrade.model.tables.Tables.Positions;
import com.tweetrade.model.tables.Tables.Trades;
import com.tweetrade.web.base.Rows;
import com.tweetrade.web.base.UtcDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/**
 * Reads the job's {@code trades} (per user and UTC day), {@code positions} and {@code
 * equityhistory} (per user and UTC day) tables ({@link Tables}).
 */
@Repository
public class TradeRepository {
  private final CqlSession session;
  private final PreparedStatement tradesOfDay;
  private final PreparedStatement positionsOfUser;
  private final PreparedStatement equityOfDay;
  private final PreparedStatement tradeById;

  public TradeRepository(CqlSession session) {
    this.session = session;
    tradesOfDay =
        session.prepare(Trades.TABLE.selectWhere(null, Trades.USER_ID, Trades.DAY) + " LIMIT ?");
    positionsOfUser = session.prepare(Positions.TABLE.selectWhere(null, Positions.USER_ID));
    tradeById =
        session.prepare(
            Trades.TABLE.selectWhere(
                null, Trades.USER_ID, Trades.DAY, Trades.EVENT_TIME, Trades.TRADE_ID));
    equityOfDay =
        session.prepare(
            EquityHistory.TABLE.selectWhere(null, EquityHistory.USER_ID, EquityHistory.DAY));
  }

  /**
   * A user's account per minute over yesterday and today (UTC), oldest first: at most 2,880 points.
   */
  public List<EquityPoint> equityHistory(String userId, Instant now) {
    List<EquityPoint> points = new ArrayList<>();
    for (LocalDate day : UtcDays.todayAndYesterday(now)) {
      for (Row row : session.execute(equityOfDay.bind(userId, day.toString()))) {
        points.add(
            new EquityPoint(
                row.getString(EquityHistory.USER_ID),
                row.getInstant(EquityHistory.MINUTE).toEpochMilli(),
                row.getLong(EquityHistory.CASH_CENTS),
                row.getLong(EquityHistory.MARKET_VALUE_CENTS),
                row.getDouble(EquityHistory.UNREALISED_PNL_CENTS),
                row.getInstant(EquityHistory.UPDATED_AT).toEpochMilli()));
      }
    }
    points.sort(Comparator.comparingLong(EquityPoint::minute));
    return points;
  }

  /** The newest trades of a user, today's then yesterday's (UTC), at most {@code limit}. */
  public List<Trade> recentTrades(String userId, Instant now, int limit) {
    List<Trade> trades = new ArrayList<>();
    for (LocalDate day : UtcDays.todayAndYesterday(now)) {
      if (trades.size() >= limit) break;
      for (Row row :
          session.execute(tradesOfDay.bind(userId, day.toString(), limit - trades.size()))) {
        trades.add(toTrade(row));
      }
    }
    return trades;
  }

  /** One trade of a user, by the event time and id it was fired with. */
  public Optional<Trade> trade(String userId, long eventTime, String tradeId) {
    Instant time = Instant.ofEpochMilli(eventTime);
    String day = LocalDate.ofInstant(time, ZoneOffset.UTC).toString();
    Row row = session.execute(tradeById.bind(userId, day, time, tradeId)).one();
    return row == null ? Optional.empty() : Optional.of(toTrade(row));
  }

  public List<Position> positions(String userId) {
    List<Position> positions = new ArrayList<>();
    for (Row row : session.execute(positionsOfUser.bind(userId))) {
      positions.add(
          new Position(
              row.getString(Positions.USER_ID),
              row.getString(Positions.TICKER),
              row.getLong(Positions.QUANTITY),
              row.getDouble(Positions.AVG_COST_CENTS),
              row.getDouble(Positions.REALISED_PNL_CENTS),
              row.getLong(Positions.LAST_PRICE_CENTS),
              row.getDouble(Positions.UNREALISED_PNL_CENTS),
              row.getInstant(Positions.UPDATED_AT).toEpochMilli()));
    }
    return positions;
  }

  private static Trade toTrade(Row row) {
    Map<String, Double> explanation = row.getMap(Trades.EXPLANATION, String.class, Double.class);
    return new Trade(
        row.getString(Trades.TRADE_ID),
        row.getString(Trades.USER_ID),
        row.getString(Trades.RULE_ID),
        row.getString(Trades.SIDE),
        row.getLong(Trades.QUANTITY),
        row.getString(Trades.TICKER),
        row.getLong(Trades.PRICE_CENTS),
        Rows.millis(row, Trades.EVENT_TIME),
        row.getString(Trades.STATUS),
        row.getString(Trades.REASON),
        explanation,
        ""); // the table keeps no trigger
  }
}
