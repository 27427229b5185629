package com.tweetrade.model.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The THEN part of a rule: buy or sell a number of shares, at market or with a limit price.
 *
 * @param side BUY or SELL
 * @param quantity shares, 1 to {@link RuleValidator#MAX_QUANTITY}
 * @param ticker the upper-case symbol traded
 * @param limitCents the limit price in cents, or {@link #MARKET} (0) for a market order
 */
public record Action(Side side, long quantity, String ticker, long limitCents) {

  /** {@link #limitCents} of a market order. */
  public static final long MARKET = 0;

  /** Direction of the order. */
  public enum Side {
    BUY,
    SELL
  }

  public Action {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(ticker, "ticker");
    if (quantity <= 0) throw new IllegalArgumentException("quantity must be > 0: " + quantity);
    if (limitCents < 0) throw new IllegalArgumentException("limit must be >= 0: " + limitCents);
  }

  public static Action market(Side side, long quantity, String ticker) {
    return new Action(side, quantity, ticker, MARKET);
  }

  public static Action limit(Side side, long quantity, String ticker, long limitCents) {
    if (limitCents <= 0) throw new IllegalArgumentException("limit must be > 0: " + limitCents);
    return new Action(side, quantity, ticker, limitCents);
  }

  public boolean isMarket() {
    return limitCents == MARKET;
  }

  /** Canonical text: {@code BUY 10 TSLA} or {@code SELL 5 AAPL AT LIMIT 180.5}. */
  public String toText() {
    String text = side + " " + quantity + " " + ticker;
    return isMarket()
        ? text
        : text + " AT LIMIT " + Operand.Literal.canonical(BigDecimal.valueOf(limitCents, 2));
  }
}
