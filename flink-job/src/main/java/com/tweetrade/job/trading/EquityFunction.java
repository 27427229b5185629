package com.tweetrade.job.trading;

import com.tweetrade.model.EquityPoint;
import com.tweetrade.model.Position;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * A user's paper account as a whole (the key is the user): the positions as {@link
 * MarkToMarketFunction} values them beside the cash after each fill, as one {@link EquityPoint} per
 * change: cash, market value, their sum (equity) and the unrealised P&amp;L.
 *
 * <p>A point belongs to the minute of the newest event time the account has seen (never an earlier
 * one, so a late valuation does not rewrite a past minute); the sink overwrites a minute's row with
 * every point of that minute, which leaves one row per minute holding the latest state in it. No
 * point leaves before the first cash balance (a position may overtake the cash of its own fill).
 *
 * <p>State: the open positions per ticker (a flat one is dropped) and the latest point.
 */
public class EquityFunction
    extends KeyedCoProcessFunction<String, Position, CashBalance, EquityPoint> {
  private static final long serialVersionUID = 1L;

  private transient MapState<String, Position> positions;
  private transient ValueState<EquityPoint> latest;

  @Override
  public void open(OpenContext openContext) {
    positions = getRuntimeContext().getMapState(TradingDescriptors.EQUITY_POSITIONS);
    latest = getRuntimeContext().getState(TradingDescriptors.EQUITY_LATEST);
  }

  @Override
  public void processElement1(Position position, Context ctx, Collector<EquityPoint> out)
      throws Exception {
    OpenPositions.keep(positions, position.ticker(), position);
    EquityPoint before = latest.value();
    if (before != null) emit(position.userId(), before.cashCents(), position.updatedAt(), out);
  }

  @Override
  public void processElement2(CashBalance cash, Context ctx, Collector<EquityPoint> out)
      throws Exception {
    emit(cash.userId(), cash.cashCents(), cash.time(), out);
  }

  private void emit(String userId, long cashCents, long time, Collector<EquityPoint> out)
      throws Exception {
    long marketValue = 0;
    double unrealised = 0;
    for (Position p : positions.values()) {
      marketValue += p.quantity() * p.lastPriceCents();
      unrealised += p.unrealisedPnlCents();
    }
    EquityPoint before = latest.value();
    long asOf = before == null ? time : Math.max(before.updatedAt(), time);
    EquityPoint point =
        new EquityPoint(
            userId, EquityPoint.minuteOf(asOf), cashCents, marketValue, unrealised, asOf);
    latest.update(point);
    out.collect(point);
  }
}
