package com.tweetrade.job.trading;

import com.tweetrade.model.Position;
import com.tweetrade.model.Quote;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Revalues open positions at the market (the key is the ticker): the quotes of the ticker beside
 * paper trading's positions in it.
 *
 * <p>A position passes through as paper trading made it (valued at its fill, the market price of
 * that moment) and is kept while it is open. The first quote of each second of event time then
 * revalues every open position in the ticker at its price: {@code lastPriceCents} is the quote's
 * price, {@code unrealisedPnlCents} {@code quantity × (price - avgCost)}, {@code updatedAt} the
 * quote's time. Later quotes of the same second, and quotes of an earlier second, revalue nothing:
 * at most one revaluation per ticker and user per second, whatever the quote rate. Quotes of a
 * ticker nobody holds cost one state read.
 *
 * <p>State: the open positions per user (a flat position is dropped); the last second revalued.
 */
public class MarkToMarketFunction
    extends KeyedCoProcessFunction<String, Quote, Position, Position> {
  private static final long serialVersionUID = 1L;

  private transient MapState<String, Position> open;
  private transient ValueState<Long> markedSecond;

  @Override
  public void open(OpenContext openContext) {
    open = getRuntimeContext().getMapState(TradingDescriptors.MARKED_POSITIONS);
    markedSecond = getRuntimeContext().getState(TradingDescriptors.MARKED_SECOND);
  }

  @Override
  public void processElement1(Quote quote, Context ctx, Collector<Position> out) throws Exception {
    if (open.isEmpty()) return;
    long second = Math.floorDiv(quote.eventTime(), 1000L);
    Long marked = markedSecond.value();
    if (marked != null && second <= marked) return;
    markedSecond.update(second);
    for (Position p : open.values()) {
      out.collect(valued(p, quote));
    }
  }

  @Override
  public void processElement2(Position position, Context ctx, Collector<Position> out)
      throws Exception {
    OpenPositions.keep(open, position.userId(), position);
    out.collect(position);
  }

  /** {@code p} valued at the quote's price and time. */
  static Position valued(Position p, Quote quote) {
    return new Position(
        p.userId(),
        p.ticker(),
        p.quantity(),
        p.avgCostCents(),
        p.realisedPnlCents(),
        quote.priceCents(),
        p.quantity() * (quote.priceCents() - p.avgCostCents()),
        quote.eventTime());
  }
}
