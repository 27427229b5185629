package com.tweetrade.quotes.live;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Feed prices are decimal dollars; ours are whole cents (sub-penny prints round half up). */
public final class Prices {
  private Prices() {}

  public static long cents(double dollars) {
    if (!Double.isFinite(dollars))
      throw new IllegalArgumentException("price is not a number: " + dollars);
    return BigDecimal.valueOf(dollars)
        .movePointRight(2)
        .setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
  }
}
