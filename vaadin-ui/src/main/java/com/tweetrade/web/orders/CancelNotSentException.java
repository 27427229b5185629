package com.tweetrade.web.orders;

/**
 * The order-commands topic did not take a cancel request: the order keeps resting and the user may
 * try again (nothing re-sends it, unlike a rule change).
 */
public class CancelNotSentException extends RuntimeException {
  public CancelNotSentException(String message, Throwable cause) {
    super(message, cause);
  }
}
