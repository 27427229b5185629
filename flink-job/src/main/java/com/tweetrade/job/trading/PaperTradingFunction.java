package com.tweetrade.job.trading;

import com.tweetrade.job.rules.Holding;
import com.tweetrade.model.AccountSettings;
import com.tweetrade.model.Position;
import com.tweetrade.model.Trade;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Paper trading per user (the key): checks each order against the {@link RiskLimits} and the cash
 * ({@link CashAccount}), fills it at its price or rejects it with the reason, and keeps the user's
 * holdings, P&amp;L and cash.
 *
 * <p>ON TICK orders are handled on arrival (in a replay they wait too). ON CLOSE orders wait for
 * the watermark and are then handled in event-time order, ties by trade id, so their verdicts do
 * not depend on which rule's order arrived first. Orders the market-price step rejected pass
 * through as they are. Every order comes out once, FILLED or REJECTED; each fill also sends the new
 * {@link Position} to {@link TradingDescriptors#POSITIONS} and the new cash to {@link
 * TradingDescriptors#CASH_BALANCES}. Unrealised P&amp;L is valued at the price of the user's latest
 * fill in the ticker (the trade flow), which keeps this function deterministic and free of quotes;
 * {@code MarkToMarketFunction} revalues the positions with live quotes.
 *
 * <p>Account settings (the second input, keyed by the same user) set the starting capital: an
 * account without cash opens with it; a change moves the cash by the difference to the capital the
 * account was on (new − old, like a deposit or a withdrawal, which may take the cash below zero)
 * and sends the new cash to {@link TradingDescriptors#CASH_BALANCES}; the same capital again
 * changes nothing. A setting applies from when it reaches this function, like a rule change: the
 * cash it leaves is the same whatever came first (the latest capital plus what the fills moved),
 * the verdict on a buy decided meanwhile may not be.
 *
 * <p>The number of shares of {@code CLOSE}, of an order sized by amount or equity and of a
 * bracket's exit is decided here, at the fill ({@link OrderSizing}). Buying power is checked at the
 * fill, never reserved while an order rests.
 *
 * <p>State: holdings per ticker (the product: kept, bounded by users × tickers); the cash (one
 * number per user, kept; absent until the first fill or setting, and in savepoints of before the
 * cash account: then {@link CashAccount#openingCashCents} opens it from the holdings); the starting
 * capital the account is on (one number, kept; set when the account opens or the user sets one;
 * absent in savepoints of before per-user capital: then the job's {@code --starting-capital});
 * pending ON CLOSE orders (in a replay every order), cleared by their timer; the shares of each
 * filled bracket entry until one of its exits fills (an entry whose exits never fill keeps its
 * entry); fill times of the last minute, pruned on every order and so at most {@code
 * maxOrdersPerMinute} entries per user.
 */
public class PaperTradingFunction
    extends KeyedCoProcessFunction<String, Order, AccountSettings, Trade> {
  private static final long serialVersionUID = 1L;
  private static final long MINUTE_MILLIS = 60_000L;

  private final RiskLimits limits;
  private final boolean replay;
  private transient MapState<String, Holding> holdings;
  private transient MapState<Long, List<Trade>> pending;
  private transient MapState<Long, List<Order>> pendingOrders;
  private transient MapState<String, Long> entryFills;
  private transient MapState<Long, Integer> recentFills;
  private transient ValueState<Long> cash;
  private transient ValueState<Long> capital;

  public PaperTradingFunction(RiskLimits limits) {
    this(limits, false);
  }

  /**
   * @param replay a backtest: Market Price hands over a whole stretch of event time at once, so an
   *     ON TICK order waits for the watermark like an ON CLOSE one, and all are taken in event-time
   *     order (a tick's order would otherwise go before the closes of earlier days)
   */
  public PaperTradingFunction(RiskLimits limits, boolean replay) {
    this.limits = limits;
    this.replay = replay;
  }

  @Override
  public void open(OpenContext openContext) {
    holdings = getRuntimeContext().getMapState(TradingDescriptors.HOLDINGS);
    pending = getRuntimeContext().getMapState(TradingDescriptors.PENDING_TRADES);
    pendingOrders = getRuntimeContext().getMapState(TradingDescriptors.PENDING_ORDERS);
    entryFills = getRuntimeContext().getMapState(TradingDescriptors.ENTRY_FILLS);
    recentFills = getRuntimeContext().getMapState(TradingDescriptors.RECENT_ORDERS);
    cash = getRuntimeContext().getState(TradingDescriptors.CASH);
    capital = getRuntimeContext().getState(TradingDescriptors.CAPITAL);
  }

  @Override
  public void processElement1(Order in, Context ctx, Collector<Trade> out) throws Exception {
    Trade order = in.trade();
    if (!in.closed() && !replay) {
      handle(in, order.eventTime(), ctx, out);
      return;
    }
    List<Order> waiting = pendingOrders.get(order.eventTime());
    if (waiting == null) {
      waiting = new ArrayList<>();
      ctx.timerService().registerEventTimeTimer(order.eventTime());
    } else {
      waiting = new ArrayList<>(waiting);
    }
    waiting.add(in);
    pendingOrders.put(order.eventTime(), waiting);
  }

  /**
   * A starting capital: opens the account with it, or moves the cash by the difference to the
   * capital the account is on. Out-of-range settings do not come here: the router sends them to the
   * dead letters with the reason ({@link AccountSettingsCheck}); this only guards other callers.
   */
  @Override
  public void processElement2(AccountSettings in, Context ctx, Collector<Trade> out)
      throws Exception {
    long newCapital = in.startingCapitalCents();
    if (AccountSettings.capitalProblem(newCapital) != null) return;
    long oldCapital = capitalCents();
    boolean open = cash.value() != null;
    if (open && newCapital == oldCapital) return;
    long cashAfter = cashCents() + (newCapital - oldCapital);
    cash.update(cashAfter);
    capital.update(newCapital);
    ctx.output(
        TradingDescriptors.CASH_BALANCES,
        new CashBalance(ctx.getCurrentKey(), cashAfter, in.updatedAt()));
  }

  @Override
  public void onTimer(long time, OnTimerContext ctx, Collector<Trade> out) throws Exception {
    List<Order> ordered = new ArrayList<>();
    // Orders a savepoint of before sizing and brackets holds as trades: share-sized market orders.
    List<Trade> saved = pending.get(time);
    if (saved != null) {
      pending.remove(time);
      for (Trade t : saved) ordered.add(new Order(t, t.eventTime(), true, true));
    }
    List<Order> due = pendingOrders.get(time);
    if (due != null) {
      pendingOrders.remove(time);
      ordered.addAll(due);
    }
    ordered.sort(Comparator.comparing(o -> o.trade().id()));
    for (Order order : ordered) {
      handle(order, time, ctx, out);
    }
  }

  private void handle(Order in, long time, Context ctx, Collector<Trade> out) throws Exception {
    Trade order = in.trade();
    // Rejected by the market-price step, or a resting order that expired or was cancelled.
    if (!TradeStatus.PENDING.equals(order.status())) {
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
    long cashBefore = cashCents();
    order = OrderSizing.sized(in, holdingsByTicker(), cashBefore, entryFill(in));
    if (TradeStatus.REJECTED.equals(order.status())) {
      out.collect(order);
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
    String refusal = CashAccount.refusal(order, signed, held, cashBefore, limits);
    if (refusal != null) {
      out.collect(rejected(order, refusal));
      return;
    }
    long cashAfter = CashAccount.afterFill(cashBefore, signed, order.priceCents());
    // An account opening at its first fill is on the job's capital: a later change of the flag
    // leaves it there, and a setting of the user's moves the cash from it.
    if (cash.value() == null && capital.value() == null) {
      capital.update(limits.startingCapitalCents());
    }
    cash.update(cashAfter);
    holdings.put(order.ticker(), next);
    Integer fillsNow = recentFills.get(time);
    recentFills.put(time, fillsNow == null ? 1 : fillsNow + 1);
    // A bracket's exits are sized by their entry's fill; the first exit to fill ends the bracket.
    if (in.hasBracket()) entryFills.put(order.id(), order.quantity());
    if (!in.ocoId().isEmpty()) entryFills.remove(in.ocoId());
    // A resting order's reason says how it filled ("limit 250.00 filled at 249.80").
    out.collect(withStatus(order, TradeStatus.FILLED, order.reason()));
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

  private Map<String, Holding> holdingsByTicker() throws Exception {
    Map<String, Holding> byTicker = new HashMap<>();
    for (Map.Entry<String, Holding> e : holdings.entries()) byTicker.put(e.getKey(), e.getValue());
    return byTicker;
  }

  private Long entryFill(Order in) throws Exception {
    return in.ocoId().isEmpty() ? null : entryFills.get(in.ocoId());
  }

  /** The starting capital the account is on. */
  private long capitalCents() throws Exception {
    Long set = capital.value();
    return set != null ? set : limits.startingCapitalCents();
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
