package com.tweetrade.job.trading;

import com.tweetrade.job.rules.Holding;
import com.tweetrade.model.Trade;
import java.math.BigDecimal;
import java.util.Map;

/**
 * How many shares an order trades, decided at the fill by paper trading, pure.
 *
 * <ul>
 *   <li>{@code CLOSE T}: the whole holding, sold if long, bought back if short; nothing held is
 *       refused.
 *   <li>{@code BUY $1000 OF T}: floor(amount / fill price) shares; 0 shares is refused.
 *   <li>{@code BUY 5% OF EQUITY IN T}: the same with 5% of the equity, where equity is the cash
 *       plus every holding valued at the price of the user's latest fill in its ticker (the prices
 *       the account knows; for the traded ticker the fill price).
 *   <li>a bracket's exit: the shares its entry filled; an entry that did not fill is refused.
 * </ul>
 */
final class OrderSizing {
  private OrderSizing() {}

  /**
   * {@code order}'s trade with its side and quantity decided, or REJECTED with the reason.
   *
   * @param holdings the user's holdings by ticker
   * @param entryFill the shares the exit's entry filled, or null (not an exit, or entry not filled)
   */
  static Trade sized(Order order, Map<String, Holding> holdings, long cashCents, Long entryFill) {
    Trade t = order.trade();
    Holding held = holdings.getOrDefault(t.ticker(), Holding.EMPTY);
    if ("CLOSE".equals(t.side())) {
      if (held.quantity() == 0) {
        return t.withStatus(TradeStatus.REJECTED, "nothing to close: no " + t.ticker() + " held");
      }
      return resized(t, held.quantity() > 0 ? "SELL" : "BUY", Math.abs(held.quantity()));
    }
    if (!order.ocoId().isEmpty()) {
      if (entryFill == null) {
        return t.withStatus(
            TradeStatus.REJECTED, "bracket exit of " + order.ocoId() + ": the entry did not fill");
      }
      return resized(t, t.side(), entryFill);
    }
    if (order.amountCents() > 0) {
      long shares = order.amountCents() / t.priceCents();
      if (shares == 0) {
        return t.withStatus(
            TradeStatus.REJECTED,
            CashAccount.dollars(order.amountCents())
                + " buys no "
                + t.ticker()
                + " at "
                + CashAccount.dollars(t.priceCents()));
      }
      return resized(t, t.side(), shares);
    }
    if (order.equityBasisPoints() > 0) {
      long equity = equityCents(t, holdings, cashCents);
      long amount = Math.max(0, equity) * order.equityBasisPoints() / 10_000;
      long shares = amount / t.priceCents();
      if (shares == 0) {
        return t.withStatus(
            TradeStatus.REJECTED,
            BigDecimal.valueOf(order.equityBasisPoints(), 2).stripTrailingZeros().toPlainString()
                + "% of equity "
                + CashAccount.dollars(equity)
                + " is "
                + CashAccount.dollars(amount)
                + ": buys no "
                + t.ticker()
                + " at "
                + CashAccount.dollars(t.priceCents()));
      }
      return resized(t, t.side(), shares);
    }
    return t;
  }

  /** Cash plus the holdings at the latest prices the account knows (the fill price for T). */
  static long equityCents(Trade fill, Map<String, Holding> holdings, long cashCents) {
    long equity = cashCents;
    for (Map.Entry<String, Holding> e : holdings.entrySet()) {
      long price =
          e.getKey().equals(fill.ticker()) ? fill.priceCents() : e.getValue().lastPriceCents();
      equity += e.getValue().quantity() * price;
    }
    return equity;
  }

  private static Trade resized(Trade t, String side, long quantity) {
    return new Trade(
        t.id(),
        t.userId(),
        t.ruleId(),
        side,
        quantity,
        t.ticker(),
        t.priceCents(),
        t.eventTime(),
        t.status(),
        t.reason(),
        t.explanation(),
        t.trigger());
  }
}
