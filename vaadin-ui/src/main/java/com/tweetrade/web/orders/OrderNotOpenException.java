package com.tweetrade.web.orders;

/**
 * The caller has no resting order of that id: it filled, was cancelled or expired meanwhile, or it
 * is not theirs (the two are not told apart, so ids of other users' orders reveal nothing).
 */
public class OrderNotOpenException extends RuntimeException {
  public OrderNotOpenException(String orderId) {
    super("no open order " + orderId);
  }
}
