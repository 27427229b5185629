package com.tweetrade.job.trading;

import java.io.Serializable;

/**
 * The paper-trading limits every user's trades must respect; a trade breaking one is rejected.
 *
 * @param maxPositionPerTicker largest absolute number of shares held in one ticker after a fill
 * @param maxOrdersPerMinute most filled orders per user in any minute of event time
 */
public record RiskLimits(long maxPositionPerTicker, int maxOrdersPerMinute)
    implements Serializable {

  /** 10,000 shares per ticker, 10 orders per minute. */
  public static final RiskLimits DEFAULT = new RiskLimits(10_000, 10);

  public RiskLimits {
    if (maxPositionPerTicker <= 0) throw new IllegalArgumentException("max position must be > 0");
    if (maxOrdersPerMinute <= 0)
      throw new IllegalArgumentException("max orders per minute must be > 0");
  }
}
