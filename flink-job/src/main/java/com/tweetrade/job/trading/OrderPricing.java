package com.tweetrade.job.trading;

import com.tweetrade.model.Quote;
import com.tweetrade.model.Trade;
import java.time.Instant;

/**
 * The market an order meets when it reaches the order book, pure: the newer of the price its rule
 * carried (for a rule that reads the ticker, the quote that triggered it: replayable) and the
 * newest quote the book has seen, at or before the order's time; a quote after it only when the
 * rule carried none.
 */
final class OrderPricing {
  private OrderPricing() {}

  /**
   * The market {@code order} meets, or null if there is none: the carried price is a market order's
   * trade price, a limit or stop order's {@link Order#marketCents}.
   */
  static Quote market(Order order, Quote seen) {
    long time = order.trade().eventTime();
    long cents = order.market() ? order.trade().priceCents() : order.marketCents();
    long carriedTime = cents > 0 ? order.priceTime() : Long.MIN_VALUE;
    if (seen != null
        && (seen.eventTime() <= time
            ? seen.eventTime() > carriedTime
            : carriedTime == Long.MIN_VALUE)) {
      return seen;
    }
    if (carriedTime == Long.MIN_VALUE) return null;
    return new Quote(order.trade().ticker(), cents, 0, cents, cents, carriedTime);
  }

  /**
   * A market order priced at {@link #market}; rejected with the reason when there is none, or when
   * it is older than {@code stalenessMillis} before the order.
   */
  static Order priced(Order order, Quote seen, long stalenessMillis) {
    Trade trade = order.trade();
    long time = trade.eventTime();
    Quote market = market(order, seen);
    if (market == null) {
      return order.with(
          trade.withStatus(
              TradeStatus.REJECTED, "no market price for " + trade.ticker() + ": no quote yet"));
    }
    long priceTime = market.eventTime();
    if (priceTime < time - stalenessMillis) {
      return order.with(
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
                  + " s)"));
    }
    return order.with(trade.withPriceCents(market.priceCents()));
  }
}
