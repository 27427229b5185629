package com.tweetrade.sentiment.movement;

import java.util.Optional;

/**
 * The StockNet label of a target day from its adjusted-close return over the trading day before: up
 * at +0.55% or more, down at -0.5% or less; days in between are dropped, as in the paper.
 */
public enum Movement {
  UP,
  DOWN;

  static final double UP_AT = 0.0055;
  static final double DOWN_AT = -0.005;

  /** The movement from {@code previousClose} to {@code close}, or empty for an in-between day. */
  public static Optional<Movement> of(double previousClose, double close) {
    double change = close / previousClose - 1;
    if (change >= UP_AT) {
      return Optional.of(UP);
    }
    if (change <= DOWN_AT) {
      return Optional.of(DOWN);
    }
    return Optional.empty();
  }
}
