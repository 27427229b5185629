package com.tweetrade.job.trading;

/** Values of {@link com.tweetrade.model.Trade#status()}. */
public final class TradeStatus {
  /** Fired by a rule, not yet through the risk checks; never leaves the job. */
  public static final String PENDING = "PENDING";

  /** Passed the risk checks and filled on paper. */
  public static final String FILLED = "FILLED";

  /** Broke a risk limit; {@code reason} says which. */
  public static final String REJECTED = "REJECTED";

  private TradeStatus() {}
}
