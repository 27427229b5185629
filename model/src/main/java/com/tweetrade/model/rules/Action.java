package com.tweetrade.model.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The THEN part of a rule: buy or sell shares, at market, with a limit price, or once the market
 * reaches a stop price (then at market or with a limit); or close the position in a ticker.
 *
 * <p>The size is a number of shares ({@link #quantity}), an amount of money ({@link #amountCents}:
 * as many whole shares as it buys at the fill price) or a share of the account's equity ({@link
 * #equityBasisPoints}); exactly one of them is set, none for CLOSE (the whole holding). An entry
 * may carry a bracket: a take-profit limit and a stop-loss stop, placed when it fills at P, at P
 * plus and minus the percentages (for a sell entry the other way round), one cancelling the other.
 *
 * @param side BUY, SELL or CLOSE
 * @param quantity shares, 1 to {@link RuleValidator#MAX_QUANTITY}, or 0 when sized otherwise
 * @param ticker the upper-case symbol traded
 * @param type how the order is filled (see docs/rules.md, "How an order is filled"); CLOSE is
 *     MARKET
 * @param limitCents the limit price in cents of a LIMIT or STOP_LIMIT order, else {@link #MARKET}
 * @param stopCents the stop price in cents of a STOP or STOP_LIMIT order, else 0
 * @param amountCents {@code BUY $1000 OF TSLA}: the amount in cents, else 0
 * @param equityBasisPoints {@code BUY 5% OF EQUITY IN TSLA}: the share of equity in hundredths of a
 *     percent (500), else 0
 * @param takeProfitBasisPoints the bracket's take profit in hundredths of a percent, else 0
 * @param stopLossBasisPoints the bracket's stop loss in hundredths of a percent, else 0
 */
public record Action(
    Side side,
    long quantity,
    String ticker,
    OrderType type,
    long limitCents,
    long stopCents,
    long amountCents,
    long equityBasisPoints,
    long takeProfitBasisPoints,
    long stopLossBasisPoints) {

  /** {@link #limitCents} of a market order. */
  public static final long MARKET = 0;

  /** Direction of the order; CLOSE flattens the position, whichever direction that is. */
  public enum Side {
    BUY,
    SELL,
    CLOSE
  }

  /** How the number of shares is decided. */
  public enum Sizing {
    /** A number of shares. */
    SHARES,
    /** As many shares as an amount buys at the fill price. */
    AMOUNT,
    /** As many shares as a share of the equity buys at the fill price. */
    EQUITY,
    /** The whole holding (CLOSE). */
    POSITION
  }

  /** How the order is filled. */
  public enum OrderType {
    /** At once, at the market price. */
    MARKET,
    /** Rests until the market reaches the limit, then fills at the limit or better. */
    LIMIT,
    /** Rests until the market reaches the stop, then fills at the market. */
    STOP,
    /** Rests until the market reaches the stop, then rests as a limit order. */
    STOP_LIMIT
  }

  public Action {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(ticker, "ticker");
    Objects.requireNonNull(type, "type");
    if (quantity < 0 || amountCents < 0 || equityBasisPoints < 0) {
      throw new IllegalArgumentException("size must be >= 0");
    }
    int sizes =
        (quantity > 0 ? 1 : 0) + (amountCents > 0 ? 1 : 0) + (equityBasisPoints > 0 ? 1 : 0);
    if (side == Side.CLOSE ? sizes != 0 : sizes != 1) {
      throw new IllegalArgumentException(
          side == Side.CLOSE ? "CLOSE takes no size" : "quantity must be > 0: " + quantity);
    }
    if (limitCents < 0) throw new IllegalArgumentException("limit must be >= 0: " + limitCents);
    if (stopCents < 0) throw new IllegalArgumentException("stop must be >= 0: " + stopCents);
    boolean limited = type == OrderType.LIMIT || type == OrderType.STOP_LIMIT;
    boolean stopped = type == OrderType.STOP || type == OrderType.STOP_LIMIT;
    if (limited != (limitCents > 0)) {
      throw new IllegalArgumentException(type + " order with limit " + limitCents);
    }
    if (stopped != (stopCents > 0)) {
      throw new IllegalArgumentException(type + " order with stop " + stopCents);
    }
    if (takeProfitBasisPoints < 0 || stopLossBasisPoints < 0) {
      throw new IllegalArgumentException("bracket percentages must be >= 0");
    }
    if (side == Side.CLOSE
        && (type != OrderType.MARKET || hasBracket(takeProfitBasisPoints, stopLossBasisPoints))) {
      throw new IllegalArgumentException("CLOSE is a market order without bracket");
    }
  }

  /** A share-sized order without bracket. */
  public Action(
      Side side, long quantity, String ticker, OrderType type, long limitCents, long stopCents) {
    this(side, quantity, ticker, type, limitCents, stopCents, 0, 0, 0, 0);
  }

  /** A market order ({@code limitCents} {@link #MARKET}) or a limit order, as before stops. */
  public Action(Side side, long quantity, String ticker, long limitCents) {
    this(
        side,
        quantity,
        ticker,
        limitCents == MARKET ? OrderType.MARKET : OrderType.LIMIT,
        limitCents,
        0);
  }

  public static Action market(Side side, long quantity, String ticker) {
    return new Action(side, quantity, ticker, OrderType.MARKET, MARKET, 0);
  }

  public static Action limit(Side side, long quantity, String ticker, long limitCents) {
    if (limitCents <= 0) throw new IllegalArgumentException("limit must be > 0: " + limitCents);
    return new Action(side, quantity, ticker, OrderType.LIMIT, limitCents, 0);
  }

  public static Action stop(Side side, long quantity, String ticker, long stopCents) {
    return new Action(side, quantity, ticker, OrderType.STOP, MARKET, stopCents);
  }

  public static Action stopLimit(
      Side side, long quantity, String ticker, long stopCents, long limitCents) {
    return new Action(side, quantity, ticker, OrderType.STOP_LIMIT, limitCents, stopCents);
  }

  /** {@code CLOSE TSLA}: flattens the position in the ticker, at market. */
  public static Action close(String ticker) {
    return new Action(Side.CLOSE, 0, ticker, OrderType.MARKET, MARKET, 0, 0, 0, 0, 0);
  }

  /** This order sized by an amount in cents instead of shares. */
  public Action withAmountCents(long amountCents) {
    return with(0, amountCents, 0, takeProfitBasisPoints, stopLossBasisPoints);
  }

  /** This order sized by a share of equity (hundredths of a percent) instead of shares. */
  public Action withEquityBasisPoints(long basisPoints) {
    return with(0, 0, basisPoints, takeProfitBasisPoints, stopLossBasisPoints);
  }

  /** This order with a bracket (hundredths of a percent; 0 for no take profit or stop loss). */
  public Action withBracket(long takeProfit, long stopLoss) {
    return with(quantity, amountCents, equityBasisPoints, takeProfit, stopLoss);
  }

  /** This order's side, ticker and prices with another size and bracket. */
  private Action with(
      long quantity, long amountCents, long equityBasisPoints, long takeProfit, long stopLoss) {
    return new Action(
        side,
        quantity,
        ticker,
        type,
        limitCents,
        stopCents,
        amountCents,
        equityBasisPoints,
        takeProfit,
        stopLoss);
  }

  public boolean isMarket() {
    return type == OrderType.MARKET;
  }

  public Sizing sizing() {
    if (side == Side.CLOSE) return Sizing.POSITION;
    if (amountCents > 0) return Sizing.AMOUNT;
    if (equityBasisPoints > 0) return Sizing.EQUITY;
    return Sizing.SHARES;
  }

  public boolean hasBracket() {
    return hasBracket(takeProfitBasisPoints, stopLossBasisPoints);
  }

  private static boolean hasBracket(long takeProfit, long stopLoss) {
    return takeProfit > 0 || stopLoss > 0;
  }

  /**
   * Canonical text: {@code BUY 10 TSLA}, {@code SELL 5 AAPL AT LIMIT 180.5}, {@code BUY 10 TSLA AT
   * STOP 250}, {@code SELL 10 TSLA AT STOP 240 LIMIT 239.5}, {@code CLOSE TSLA}, {@code BUY $1000
   * OF TSLA}, {@code BUY 5% OF EQUITY IN TSLA}, {@code BUY 10 TSLA TAKE PROFIT 5% STOP LOSS 2%}.
   */
  public String toText() {
    if (side == Side.CLOSE) return "CLOSE " + ticker;
    String text =
        side
            + " "
            + switch (sizing()) {
              case AMOUNT -> "$" + decimal(amountCents) + " OF " + ticker;
              case EQUITY -> decimal(equityBasisPoints) + "% OF EQUITY IN " + ticker;
              default -> quantity + " " + ticker;
            };
    text +=
        switch (type) {
          case MARKET -> "";
          case LIMIT -> " AT LIMIT " + decimal(limitCents);
          case STOP -> " AT STOP " + decimal(stopCents);
          case STOP_LIMIT -> " AT STOP " + decimal(stopCents) + " LIMIT " + decimal(limitCents);
        };
    if (takeProfitBasisPoints > 0) text += " TAKE PROFIT " + decimal(takeProfitBasisPoints) + "%";
    if (stopLossBasisPoints > 0) text += " STOP LOSS " + decimal(stopLossBasisPoints) + "%";
    return text;
  }

  /** Hundredths as canonical decimal text: 25000 is {@code 250}, 23950 {@code 239.5}. */
  private static String decimal(long hundredths) {
    return Operand.Literal.canonical(BigDecimal.valueOf(hundredths, 2));
  }
}
