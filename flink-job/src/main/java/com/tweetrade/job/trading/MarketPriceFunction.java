package com.tweetrade.job.trading;

import com.tweetrade.model.Quote;
import com.tweetrade.model.Trade;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Prices market orders at the market (the key is the traded ticker): every quote of the ticker
 * passes here, so an order is priced whether or not its rule ever read the ticker.
 *
 * <p>The price is the newest quote at or before the order's time among the one the rule carried
 * (for a rule that reads the ticker, the quote that triggered it: replayable) and the newest this
 * step has seen. A price older than the staleness bound is not traded on: the order is rejected
 * with the reason, as is an order for a ticker without any quote. Limit orders pass unchanged.
 *
 * <p>In a replay (a backtest reads history far ahead of event time: all of a ticker's quotes may be
 * in before the first order) "the newest seen" could be a later close. There a market order waits
 * until event time passes it and takes the newest quote at or before it, so the price is the same
 * whatever was read first.
 *
 * <p>State: the newest quote per ticker (bounded by the ticker directory); in a replay also the
 * quotes not yet behind the last priced order and the orders waiting for event time.
 */
public class MarketPriceFunction extends KeyedCoProcessFunction<String, Quote, Order, Order> {
  private static final long serialVersionUID = 1L;

  private final long stalenessMillis;
  private final boolean replay;
  private transient ValueState<Quote> lastQuote;
  private transient MapState<Long, Quote> replayQuotes;
  private transient MapState<Long, List<Order>> replayOrders;

  /**
   * @param staleness a quote older than this (event time) before the order is not traded on
   * @param replay price at event time, as a backtest needs (see above); the live job prices on
   *     arrival
   */
  public MarketPriceFunction(Duration staleness, boolean replay) {
    this.stalenessMillis = staleness.toMillis();
    this.replay = replay;
  }

  @Override
  public void open(OpenContext openContext) {
    lastQuote = getRuntimeContext().getState(TradingDescriptors.LAST_QUOTE);
    // Only a replay has these states: the live job's checkpoints keep the states they had.
    if (replay) {
      replayQuotes = getRuntimeContext().getMapState(TradingDescriptors.REPLAY_QUOTES);
      replayOrders = getRuntimeContext().getMapState(TradingDescriptors.REPLAY_ORDERS);
    }
  }

  @Override
  public void processElement1(Quote quote, Context ctx, Collector<Order> out) throws Exception {
    if (replay) {
      replayQuotes.put(quote.eventTime(), quote);
      return;
    }
    Quote held = lastQuote.value();
    if (held == null || quote.eventTime() >= held.eventTime()) lastQuote.update(quote);
  }

  @Override
  public void processElement2(Order order, Context ctx, Collector<Order> out) throws Exception {
    if (!order.market()) {
      out.collect(order);
    } else if (replay) {
      long time = order.trade().eventTime();
      List<Order> waiting = replayOrders.get(time);
      if (waiting == null) {
        waiting = new ArrayList<>();
        ctx.timerService().registerEventTimeTimer(time);
      }
      waiting.add(order);
      replayOrders.put(time, waiting);
    } else {
      price(order, lastQuote.value(), out);
    }
  }

  /**
   * Replay: every quote at or before {@code time} is in, so the newest of them is the market price
   * at {@code time}; older quotes are needed no more (later orders are not older).
   */
  @Override
  public void onTimer(long time, OnTimerContext ctx, Collector<Order> out) throws Exception {
    List<Order> due = replayOrders.get(time);
    if (due == null) return;
    replayOrders.remove(time);
    Quote newest = null;
    List<Long> older = new ArrayList<>();
    for (Map.Entry<Long, Quote> e : replayQuotes.entries()) {
      if (e.getKey() > time) continue;
      if (newest != null && e.getKey() < newest.eventTime()) {
        older.add(e.getKey());
        continue;
      }
      if (newest != null) older.add(newest.eventTime());
      newest = e.getValue();
    }
    for (Long t : older) replayQuotes.remove(t);
    // The orders of one time in trade-id order, whatever order they came in.
    due.sort(Comparator.comparing(o -> o.trade().id()));
    for (Order order : due) price(order, newest, out);
  }

  /** Prices a market order at the newer of {@code seen} and the quote its rule carried. */
  private void price(Order order, Quote seen, Collector<Order> out) {
    Trade trade = order.trade();
    long time = trade.eventTime();
    long priceCents = trade.priceCents();
    long priceTime = priceCents > 0 ? order.priceTime() : Long.MIN_VALUE;
    // The newest quote at or before the decision; a quote after it only when the rule carried none.
    if (seen != null
        && (seen.eventTime() <= time
            ? seen.eventTime() > priceTime
            : priceTime == Long.MIN_VALUE)) {
      priceCents = seen.priceCents();
      priceTime = seen.eventTime();
    }
    if (priceTime == Long.MIN_VALUE) {
      out.collect(
          order.with(
              trade.withStatus(
                  TradeStatus.REJECTED,
                  "no market price for " + trade.ticker() + ": no quote yet")));
    } else if (priceTime < time - stalenessMillis) {
      out.collect(
          order.with(
              trade.withStatus(
                  TradeStatus.REJECTED,
                  "no fresh market price for "
                      + trade.ticker()
                      + ": last quote at "
                      + Instant.ofEpochMilli(priceTime)
                      + ", "
                      + (time - priceTime) / 1000
                      + " s before the order (limit "
                      + stalenessMillis / 1000
                      + " s)")));
    } else {
      out.collect(order.with(trade.withPriceCents(priceCents)));
    }
  }
}
