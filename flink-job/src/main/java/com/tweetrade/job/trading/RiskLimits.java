package com.tweetrade.job.trading;

import com.tweetrade.model.AccountSettings;
import java.io.Serializable;

/**
 * The paper-trading limits every user's trades must respect; a trade breaking one is rejected.
 *
 * @param maxPositionPerTicker largest absolute number of shares held in one ticker after a fill
 * @param maxOrdersPerMinute most filled orders per user in any minute of event time
 * @param startingCapitalCents the cash every user's account opens with, in cents
 * @param shortSelling whether a sell may take a position below zero (off: a sell of more than is
 *     held is rejected)
 */
public record RiskLimits(
    long maxPositionPerTicker,
    int maxOrdersPerMinute,
    long startingCapitalCents,
    boolean shortSelling)
    implements Serializable {

  /** Every account opens with $100,000.00. */
  public static final long DEFAULT_STARTING_CAPITAL_CENTS =
      AccountSettings.DEFAULT_STARTING_CAPITAL_CENTS;

  /** 10,000 shares per ticker, 10 orders per minute, $100,000 of cash, no short selling. */
  public static final RiskLimits DEFAULT = new RiskLimits(10_000, 10);

  public RiskLimits {
    if (maxPositionPerTicker <= 0) throw new IllegalArgumentException("max position must be > 0");
    if (maxOrdersPerMinute <= 0)
      throw new IllegalArgumentException("max orders per minute must be > 0");
    if (startingCapitalCents < 0)
      throw new IllegalArgumentException("starting capital must be >= 0");
  }

  /** These limits with the default account: $100,000 of cash, no short selling. */
  public RiskLimits(long maxPositionPerTicker, int maxOrdersPerMinute) {
    this(maxPositionPerTicker, maxOrdersPerMinute, DEFAULT_STARTING_CAPITAL_CENTS, false);
  }

  /** These limits with another starting capital. */
  public RiskLimits withStartingCapitalCents(long cents) {
    return new RiskLimits(maxPositionPerTicker, maxOrdersPerMinute, cents, shortSelling);
  }

  /** These limits with short selling on or off. */
  public RiskLimits withShortSelling(boolean allowed) {
    return new RiskLimits(maxPositionPerTicker, maxOrdersPerMinute, startingCapitalCents, allowed);
  }
}
