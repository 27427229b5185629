package com.tweetrade.job.trading;

import com.tweetrade.job.rules.Holding;
import com.tweetrade.model.Position;
import com.tweetrade.model.Trade;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Paper trading per user (the key): checks each order against the {@link RiskLimits} and the cash
 * ({@link CashAccount}), fills it at its price or rejects it with the reason, and keeps the user's
 * holdings, P&amp;L and cash.
 *
 * <p>ON TICK orders are handled on arrival. ON CLOSE orders wait for the watermark and are then
 * handled in event-time order, ties by trade id, so their verdicts do not depend on which rule's
 * order arrived first. Orders the market-price step rejected pass through as they are. Every order
 * comes out once, FILLED or REJECTED; each fill also sends the new {@link Position} to {@link
 * TradingDescriptors#POSITIONS} and the new cash to {@link TradingDescriptors#CASH_BALANCES}.
 * Unrealised P&amp;L is valued at the price of the user's latest fill in the ticker (the trade
 * flow), which keeps this function deterministic and one-input; {@code MarkToMarketFunction}
 * revalues the positions with live quotes.
 *
 * <p>State: holdings per ticker (the product: kept, bounded by users × tickers); the cash (one
 * number per user, kept; absent until the first fill, and in savepoints of before the cash account:
 * then {@link CashAccount#openingCashCents} opens it from the holdings); pending orders, cleared by
 * their timer; fill times of the last minute, pruned on every order and so at most {@code
 * maxOrdersPerMinute} entries per user.
 */
public class PaperTradingFunction extends KeyedProcessFunction<String, Order, Trade> {
  private static final long serialVersionUID = 1L;
  private static final long MINUTE_MILLIS = 60_000L;

  private final RiskLimits limits;
  private transient MapState<String, Holding> holdings;
  private transient MapState<Long, List<Trade>> pending;
  private transient MapState<Long, Integer> recentFills;
  private transient ValueState<Long> cash;

  public PaperTradingFunction(RiskLimits limits) {
    this.limits = limits;
  }

  @Override
  public void open(OpenContext openContext) {
    holdings = getRuntimeContext().getMapState(TradingDescriptors.HOLDINGS);
    pending = getRuntimeContext().getMapState(TradingDescriptors.PENDING_TRADES);
    recentFills = getRuntimeContext().getMapState(TradingDescriptors.RECENT_ORDERS);
    cash = getRuntimeContext().getState(TradingDescriptors.CASH);
  }

  @Override
  public void processElement(Order in, Context ctx, Collector<Trade> out) throws Exception {
    Trade order = in.trade();
    if (!in.closed()) {
      handle(order, order.eventTime(), ctx, out);
      return;
    }
    List<Trade> waiting = pending.get(order.eventTime());
    if (waiting == null) {
      waiting = new ArrayList<>();
      ctx.timerService().registerEventTimeTimer(order.eventTime());
    } else {
      waiting = new ArrayList<>(waiting);
    }
    waiting.add(order);
    pending.put(order.eventTime(), waiting);
  }

  @Override
  public void onTimer(long time, OnTimerContext ctx, Collector<Trade> out) throws Exception {
    List<Trade> due = pending.get(time);
    if (due == null) return;
    pending.remove(time);
    List<Trade> ordered = new ArrayList<>(due);
    ordered.sort(Comparator.comparing(Trade::id));
    for (Trade order : ordered) {
      handle(order, time, ctx, out);
    }
  }

  private void handle(Trade order, long time, Context ctx, Collector<Trade> out) throws Exception {
    if (TradeStatus.REJECTED.equals(order.status())) {
      out.collect(order);
      return;
    }
    int fillsInLastMinute = pruneAndCount(time);
    if (order.priceCents() <= 0) {
      out.collect(
          rejected(
              order,
              "no market price for " + order.ticker() + " at " + Instant.ofEpochMilli(time)));
      return;
    }
    if (fillsInLastMinute >= limits.maxOrdersPerMinute()) {
      out.collect(
          rejected(
              order,
              "order limit reached: "
                  + fillsInLastMinute
                  + " orders in the minute before "
                  + Instant.ofEpochMilli(time)
                  + ", limit "
                  + limits.maxOrdersPerMinute()));
      return;
    }
    Holding held = holdings.get(order.ticker());
    if (held == null) held = Holding.EMPTY;
    long signed = "SELL".equals(order.side()) ? -order.quantity() : order.quantity();
    Holding next = held.fill(signed, order.priceCents());
    if (Math.abs(next.quantity()) > limits.maxPositionPerTicker()) {
      out.collect(
          rejected(
              order,
              "position limit: "
                  + order.ticker()
                  + " would be "
                  + next.quantity()
                  + " shares, limit "
                  + limits.maxPositionPerTicker()));
      return;
    }
    long cashBefore = cashCents();
    String refusal = CashAccount.refusal(order, signed, held, cashBefore, limits);
    if (refusal != null) {
      out.collect(rejected(order, refusal));
      return;
    }
    long cashAfter = CashAccount.afterFill(cashBefore, signed, order.priceCents());
    cash.update(cashAfter);
    holdings.put(order.ticker(), next);
    Integer fillsNow = recentFills.get(time);
    recentFills.put(time, fillsNow == null ? 1 : fillsNow + 1);
    out.collect(withStatus(order, TradeStatus.FILLED, ""));
    ctx.output(
        TradingDescriptors.POSITIONS,
        new Position(
            order.userId(),
            order.ticker(),
            next.quantity(),
            next.avgCostCents(),
            next.realisedPnlCents(),
            next.lastPriceCents(),
            next.unrealisedPnlCents(),
            time));
    ctx.output(TradingDescriptors.CASH_BALANCES, new CashBalance(order.userId(), cashAfter, time));
  }

  private long cashCents() throws Exception {
    Long held = cash.value();
    return held != null
        ? held
        : CashAccount.openingCashCents(limits.startingCapitalCents(), holdings.values());
  }

  /** Drops fills older than a minute before {@code time}; returns how many remain. */
  private int pruneAndCount(long time) throws Exception {
    int count = 0;
    Iterator<Map.Entry<Long, Integer>> it = recentFills.iterator();
    while (it.hasNext()) {
      Map.Entry<Long, Integer> e = it.next();
      if (e.getKey() <= time - MINUTE_MILLIS) {
        it.remove();
      } else {
        count += e.getValue();
      }
    }
    return count;
  }

  private static Trade rejected(Trade order, String reason) {
    return withStatus(order, TradeStatus.REJECTED, reason);
  }

  private static Trade withStatus(Trade t, String status, String reason) {
    return t.withStatus(status, reason);
  }
}
