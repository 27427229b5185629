package com.tweetrade.job.trading;

import com.tweetrade.job.rules.Holding;
import com.tweetrade.model.Trade;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The cash side of paper trading, pure: what an account opens with, and whether it can take a fill.
 *
 * <p>A buy costs quantity × price and is refused when it costs more than the cash; a sell credits
 * quantity × price. With short selling off, a sell of more shares than are held long is refused;
 * with it on, a short sale credits its proceeds like any sale (no margin is held back).
 */
public final class CashAccount {
  private CashAccount() {}

  /**
   * The cash of an account that has no cash state yet: a new user ({@code holdings} empty: the
   * capital), or a user of a savepoint from before the cash account. That one gets the cash it
   * would hold had the account existed since its first fill: capital plus realised P&amp;L minus
   * what the open quantities cost (a short's proceeds count as cash).
   */
  public static long openingCashCents(long capitalCents, Iterable<Holding> holdings) {
    double cash = capitalCents;
    for (Holding h : holdings) {
      cash += h.realisedPnlCents() - h.quantity() * h.avgCostCents();
    }
    return Math.round(cash);
  }

  /**
   * Why the account cannot take {@code order} ({@code signedQuantity} shares, negative for a sell,
   * at the order's price), or null if it can.
   */
  public static String refusal(
      Trade order, long signedQuantity, Holding held, long cashCents, RiskLimits limits) {
    if (signedQuantity < 0 && !limits.shortSelling()) {
      long longShares = Math.max(0, held.quantity());
      if (-signedQuantity > longShares) {
        return "short selling is off: selling "
            + -signedQuantity
            + " "
            + order.ticker()
            + ", "
            + longShares
            + " held";
      }
    }
    long costCents = signedQuantity * order.priceCents();
    if (signedQuantity > 0 && costCents > cashCents) {
      return "not enough cash: "
          + signedQuantity
          + " "
          + order.ticker()
          + " at "
          + dollars(order.priceCents())
          + " cost "
          + dollars(costCents)
          + ", cash is "
          + dollars(cashCents);
    }
    return null;
  }

  /** The cash after the fill. */
  public static long afterFill(long cashCents, long signedQuantity, long priceCents) {
    return cashCents - signedQuantity * priceCents;
  }

  /** {@code $1,234.50}. */
  static String dollars(long cents) {
    return String.format(Locale.ROOT, "$%,.2f", BigDecimal.valueOf(cents, 2));
  }
}
