package com.tweetrade.job.trading;

/** Values of {@link com.tweetrade.model.Trade#status()}. */
public final class TradeStatus {
  /** Fired by a rule, not yet through the risk checks; never leaves the job. */
  public static final String PENDING = "PENDING";

  /** Passed the risk checks and filled on paper. */
  public static final String FILLED = "FILLED";

  /** Broke a risk limit; {@code reason} says which. */
  public static final String REJECTED = "REJECTED";

  /** A resting order that reached its rule's expiry unfilled; {@code reason} says which order. */
  public static final String EXPIRED = "EXPIRED";

  /** A resting order cancelled by its owner; {@code reason} says which order. */
  public static final String CANCELLED = "CANCELLED";

  /**
   * Not a trade: a request to cancel the resting order of this id ({@code OrderCommand}), on its
   * way to the order book; never leaves the job.
   */
  public static final String CANCEL_REQUEST = "CANCEL_REQUEST";

  private TradeStatus() {}
}
