package com.tweetrade.job.trading;

import com.tweetrade.model.OpenOrder;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Trade;
import com.tweetrade.model.rules.Action.OrderType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * When a resting order fills, pure: a buy limit when a quote is at or below the limit, a sell limit
 * at or above it, both at the quote's price (the limit or better); a buy stop when a quote is at or
 * above the stop, a sell stop at or below it, at the quote's price (a market order from then on); a
 * stop-limit, once its stop is reached, rests as a limit order, checked at once against the quote
 * that triggered it.
 *
 * <p>A bracket: when an entry fills at P, its exits rest, good till cancelled, on the other side: a
 * take-profit limit at P × (1 + take profit) and a stop-loss stop at P × (1 − stop loss) for a buy
 * (for a sell the other way round), rounded to the cent. They carry their entry's id ({@link
 * Order#ocoId()}): the first to fill cancels the other, and paper trading sizes them by the entry's
 * fill.
 */
final class RestingOrders {
  private RestingOrders() {}

  /**
   * What a quote does to a resting order.
   *
   * @param order the order as it rests from now on (a triggered stop-limit as a LIMIT), or filled
   * @param filled the order filled at the quote: priced, to paper trading; else it rests
   */
  record Step(Order order, boolean filled) {}

  /** The order after {@code quote}: filled, triggered or as it was. */
  static Step next(Order order, Quote quote) {
    long price = quote.priceCents();
    if (order.type() == OrderType.STOP || order.type() == OrderType.STOP_LIMIT) {
      boolean reached = order.buy() ? price >= order.stopCents() : price <= order.stopCents();
      if (!reached) return new Step(order, false);
      if (order.type() == OrderType.STOP) {
        String how =
            exitKind(order)
                + "stop "
                + dollars(order.stopCents())
                + " reached, filled at "
                + dollars(price);
        return new Step(order.filledAt(price, quote.eventTime(), how), true);
      }
      order = order.as(OrderType.LIMIT);
    }
    boolean crossed = order.buy() ? price <= order.limitCents() : price >= order.limitCents();
    if (!crossed) return new Step(order, false);
    String how =
        exitKind(order)
            + (order.stopCents() > 0 ? "stop " + dollars(order.stopCents()) + " reached, " : "")
            + "limit "
            + dollars(order.limitCents())
            + " filled at "
            + dollars(price);
    return new Step(order.filledAt(price, quote.eventTime(), how), true);
  }

  /** The exits of a filled, priced {@code entry}: none without a bracket. */
  static List<Order> exits(Order entry) {
    List<Order> exits = new ArrayList<>();
    long p = entry.trade().priceCents();
    long direction = entry.buy() ? 1 : -1;
    if (entry.takeProfitBasisPoints() > 0) {
      long limit = percentOf(p, 10_000 + direction * entry.takeProfitBasisPoints());
      exits.add(exit(entry, "-take-profit", OrderType.LIMIT, limit, 0));
    }
    if (entry.stopLossBasisPoints() > 0) {
      long stop = percentOf(p, 10_000 - direction * entry.stopLossBasisPoints());
      exits.add(exit(entry, "-stop-loss", OrderType.STOP, 0, stop));
    }
    return exits;
  }

  /** {@code cents} × {@code basisPoints} / 10,000, rounded half up. */
  private static long percentOf(long cents, long basisPoints) {
    return (cents * basisPoints + 5_000) / 10_000;
  }

  private static Order exit(
      Order entry, String suffix, OrderType type, long limitCents, long stopCents) {
    Trade e = entry.trade();
    Trade trade =
        new Trade(
            e.id() + suffix,
            e.userId(),
            e.ruleId(),
            entry.buy() ? "SELL" : "BUY",
            0,
            e.ticker(),
            limitCents > 0 ? limitCents : stopCents,
            e.eventTime(),
            TradeStatus.PENDING,
            "",
            e.explanation(),
            e.trigger());
    return new Order(
        trade,
        Long.MIN_VALUE,
        entry.closed(),
        type,
        limitCents,
        stopCents,
        Long.MAX_VALUE,
        0,
        0,
        0,
        0,
        e.id(),
        0);
  }

  /** {@code take profit: } or {@code stop loss: } for a bracket's exit, else empty. */
  private static String exitKind(Order order) {
    if (order.ocoId().isEmpty()) return "";
    return order.type() == OrderType.LIMIT ? "take profit: " : "stop loss: ";
  }

  /** The row of {@code order} in the open-orders table, with {@code status} at {@code time}. */
  static OpenOrder row(Order order, String status, long time, long fillPriceCents) {
    Trade t = order.trade();
    return new OpenOrder(
        t.userId(),
        t.id(),
        t.ruleId(),
        t.ticker(),
        t.side(),
        order.type().name(),
        t.quantity(),
        order.limitCents(),
        order.stopCents(),
        status,
        t.eventTime(),
        time,
        fillPriceCents);
  }

  /** What the order is, for the trade's reason: {@code limit 250.00}, {@code stop 240.00}. */
  static String describe(Order order) {
    return switch (order.type()) {
      case MARKET -> "market order";
      case LIMIT ->
          (order.stopCents() > 0 ? "stop " + dollars(order.stopCents()) + " reached, " : "")
              + "limit "
              + dollars(order.limitCents());
      case STOP -> "stop " + dollars(order.stopCents());
      case STOP_LIMIT ->
          "stop " + dollars(order.stopCents()) + " limit " + dollars(order.limitCents());
    };
  }

  /** {@code 249.80}. */
  static String dollars(long cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }
}
