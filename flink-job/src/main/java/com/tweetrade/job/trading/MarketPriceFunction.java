package com.tweetrade.job.trading;

import com.tweetrade.model.OpenOrder;
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
 * The order book of a ticker (the key): prices market orders at the market, and keeps limit and
 * stop orders resting until a quote reaches them. Every quote of the ticker passes here, so an
 * order is priced whether or not its rule ever read the ticker.
 *
 * <p>Market orders: the price is the newest quote at or before the order's time among the one the
 * rule carried (for a rule that reads the ticker, the quote that triggered it: replayable) and the
 * newest this step has seen. A price older than the staleness bound is not traded on: the order is
 * rejected with the reason, as is an order for a ticker without any quote.
 *
 * <p>Limit, stop and stop-limit orders ({@link RestingOrders} says when each fills): on arrival an
 * order is checked against the market at its decision, found as for a market order from the price
 * its rule carried (a buy limit above the market fills at once, at the market); else it rests in
 * keyed state, good till cancelled or until its rule's expiry. Every later quote checks the
 * ticker's resting orders in trade-id order and sends those it fills, priced at the quote and with
 * the quote's time, to paper trading, which checks cash, position and risk limits then: buying
 * power is checked at the fill, not reserved when the order is placed (a resting buy can be refused
 * for cash when it fills). A quote older than an order is not checked against it. At its expiry
 * (event time, a timer) an unfilled order ends EXPIRED. Resting orders are keyed state under this
 * operator's uid: they survive failures and savepoints, and a fill removes the order in the same
 * checkpoint that emits it, so it fills once.
 *
 * <p>In a replay (a backtest reads history far ahead of event time: all of a ticker's quotes may be
 * in before the first order) "the newest seen" could be a later close. There an order waits until
 * event time passes it and is priced or placed at the newest quote at or before it; each later
 * quote checks the resting orders when event time passes it (a timer per quote time while orders
 * rest or wait), so fills are the same whatever was read first.
 *
 * <p>State: the newest quote per ticker (bounded by the ticker directory); the resting orders
 * (cleared by fill, expiry or cancel); in a replay also the quotes not yet behind event time and
 * the orders waiting for it.
 */
public class MarketPriceFunction extends KeyedCoProcessFunction<String, Quote, Order, Order> {
  private static final long serialVersionUID = 1L;

  private final long stalenessMillis;
  private final boolean replay;
  private transient ValueState<Quote> lastQuote;
  private transient MapState<String, Order> resting;
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
    resting = getRuntimeContext().getMapState(TradingDescriptors.RESTING_ORDERS);
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
      // A quote checks resting orders when event time passes it; without any, it waits for none.
      if (!resting.isEmpty() || !replayOrders.isEmpty()) {
        ctx.timerService().registerEventTimeTimer(quote.eventTime());
      }
      return;
    }
    Quote held = lastQuote.value();
    if (held == null || quote.eventTime() >= held.eventTime()) lastQuote.update(quote);
    checkResting(quote, ctx, out);
  }

  @Override
  public void processElement2(Order order, Context ctx, Collector<Order> out) throws Exception {
    if (TradeStatus.CANCEL_REQUEST.equals(order.trade().status())) {
      cancel(order.trade(), ctx, out);
    } else if (replay) {
      long time = order.trade().eventTime();
      List<Order> waiting = replayOrders.get(time);
      if (waiting == null) {
        waiting = new ArrayList<>();
        ctx.timerService().registerEventTimeTimer(time);
      }
      waiting.add(order);
      replayOrders.put(time, waiting);
    } else if (order.market()) {
      price(order, lastQuote.value(), ctx, out);
    } else {
      place(order, lastQuote.value(), ctx, out);
    }
  }

  /**
   * Expiry of resting orders; in a replay also the quote and the orders of {@code time}: every
   * quote at or before it is in, so the newest of them is the market price at {@code time}; older
   * quotes are needed no more (later orders are not older).
   */
  @Override
  public void onTimer(long time, OnTimerContext ctx, Collector<Order> out) throws Exception {
    expire(time, ctx, out);
    if (!replay) return;
    Quote newest = newestAtOrBefore(time);
    // Resting orders first: an order placed at this time is checked against this quote on placing.
    if (newest != null && newest.eventTime() == time) checkResting(newest, ctx, out);
    List<Order> due = replayOrders.get(time);
    if (due == null) return;
    replayOrders.remove(time);
    // The orders of one time in trade-id order, whatever order they came in.
    due.sort(Comparator.comparing(o -> o.trade().id()));
    for (Order order : due) {
      if (order.market()) {
        price(order, newest, ctx, out);
      } else {
        place(order, newest, ctx, out);
      }
    }
  }

  private Quote newestAtOrBefore(long time) throws Exception {
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
    return newest;
  }

  /** A limit or stop order: filled at once by a fresh {@code quote} that reaches it, else rests. */
  private void place(Order order, Quote seen, Context ctx, Collector<Order> out) throws Exception {
    Quote market = OrderPricing.market(order, seen);
    long time = order.trade().eventTime();
    if (market != null && market.eventTime() >= time - stalenessMillis) {
      RestingOrders.Step step = RestingOrders.next(order, market);
      if (step.filled()) {
        long at = Math.max(time, market.eventTime());
        Order filled =
            step.order().filledAt(market.priceCents(), at, step.order().trade().reason());
        out.collect(filled);
        placeExits(filled, ctx);
        return;
      }
      order = step.order();
    }
    rest(order, ctx);
  }

  private void rest(Order order, Context ctx) throws Exception {
    long time = order.trade().eventTime();
    resting.put(order.trade().id(), order);
    ctx.output(TradingDescriptors.OPEN_ORDERS, RestingOrders.row(order, OpenOrder.OPEN, time, 0));
    if (replay) {
      // The quotes read ahead of this order check it when event time passes them.
      for (Long quoteTime : replayQuotes.keys()) {
        if (quoteTime > time) ctx.timerService().registerEventTimeTimer(quoteTime);
      }
    }
    if (order.expiresAt() != Long.MAX_VALUE) {
      ctx.timerService().registerEventTimeTimer(order.expiresAt());
    }
  }

  /**
   * Checks the resting orders, in trade-id order, against {@code quote}; a filled bracket exit
   * cancels its sibling, a filled entry places its exits.
   */
  private void checkResting(Quote quote, Context ctx, Collector<Order> out) throws Exception {
    if (resting.isEmpty()) return;
    List<Order> orders = new ArrayList<>();
    for (Order o : resting.values()) orders.add(o);
    orders.sort(Comparator.comparing(o -> o.trade().id()));
    for (Order order : orders) {
      String id = order.trade().id();
      if (!resting.contains(id) || quote.eventTime() < order.trade().eventTime()) continue;
      if (quote.eventTime() >= order.expiresAt()) {
        leave(order, expired(order), OpenOrder.EXPIRED, order.expiresAt(), 0, ctx, out);
        continue;
      }
      RestingOrders.Step step = RestingOrders.next(order, quote);
      if (step.filled()) {
        leave(
            order, step.order(), OpenOrder.FILLED, quote.eventTime(), quote.priceCents(), ctx, out);
        cancelSiblings(step.order(), ctx, out);
        placeExits(step.order(), ctx);
      } else if (step.order() != order) {
        // A stop-limit reached its stop: it rests on as a limit.
        resting.put(id, step.order());
        ctx.output(
            TradingDescriptors.OPEN_ORDERS,
            RestingOrders.row(step.order(), OpenOrder.OPEN, quote.eventTime(), 0));
      }
    }
  }

  /** One-cancels-other: a bracket exit filled, so the other exit of its entry is cancelled. */
  private void cancelSiblings(Order filled, Context ctx, Collector<Order> out) throws Exception {
    if (filled.ocoId().isEmpty()) return;
    List<Order> siblings = new ArrayList<>();
    for (Order o : resting.values()) if (filled.ocoId().equals(o.ocoId())) siblings.add(o);
    long time = filled.trade().eventTime();
    for (Order sibling : siblings) {
      String why =
          RestingOrders.describe(sibling)
              + " cancelled: the other exit of "
              + filled.ocoId()
              + " filled";
      Order cancelled = sibling.ended(TradeStatus.CANCELLED, time, why);
      leave(sibling, cancelled, OpenOrder.CANCELLED, time, 0, ctx, out);
    }
  }

  /**
   * Cancels the resting order {@code request} names if {@code request}'s user owns it; a request
   * for an order of someone else, or one no longer resting, changes nothing.
   */
  private void cancel(Trade request, Context ctx, Collector<Order> out) throws Exception {
    Order order = resting.get(request.id());
    if (order == null || !order.trade().userId().equals(request.userId())) return;
    long time = request.eventTime();
    String why = RestingOrders.describe(order) + " cancelled by its owner";
    leave(
        order,
        order.ended(TradeStatus.CANCELLED, time, why),
        OpenOrder.CANCELLED,
        time,
        0,
        ctx,
        out);
  }

  /**
   * {@code order} leaves the book: to paper trading (a fill, or an unfilled end it reports), and
   * its row says how.
   */
  private void leave(
      Order resting,
      Order outgoing,
      String status,
      long time,
      long fillPriceCents,
      Context ctx,
      Collector<Order> out)
      throws Exception {
    this.resting.remove(resting.trade().id());
    out.collect(outgoing);
    // The row keeps the order as it rested: its placing time, type and prices.
    ctx.output(
        TradingDescriptors.OPEN_ORDERS, RestingOrders.row(resting, status, time, fillPriceCents));
  }

  /** A filled entry's take profit and stop loss start resting, linked one-cancels-other. */
  private void placeExits(Order entry, Context ctx) throws Exception {
    for (Order exit : RestingOrders.exits(entry)) rest(exit, ctx);
  }

  /** Ends the resting orders whose expiry is at or before {@code time}. */
  private void expire(long time, Context ctx, Collector<Order> out) throws Exception {
    if (resting.isEmpty()) return;
    List<Order> due = new ArrayList<>();
    for (Order o : resting.values()) if (o.expiresAt() <= time) due.add(o);
    due.sort(Comparator.comparing(o -> o.trade().id()));
    for (Order order : due)
      leave(order, expired(order), OpenOrder.EXPIRED, order.expiresAt(), 0, ctx, out);
  }

  private static Order expired(Order order) {
    return order.ended(
        TradeStatus.EXPIRED,
        order.expiresAt(),
        RestingOrders.describe(order)
            + " expired unfilled at "
            + Instant.ofEpochMilli(order.expiresAt()));
  }

  /**
   * A market order priced at the market ({@link OrderPricing}), then to paper trading; a priced
   * entry's bracket exits start resting.
   */
  private void price(Order order, Quote seen, Context ctx, Collector<Order> out) throws Exception {
    Order priced = OrderPricing.priced(order, seen, stalenessMillis);
    out.collect(priced);
    if (!TradeStatus.REJECTED.equals(priced.trade().status())) placeExits(priced, ctx);
  }
}
