package com.tweetrade.model;

/**
 * One simulated trade print for a ticker, with the quote around it.
 *
 * <p>Prices are whole cents so that sums and comparisons are exact; {@code eventTime} is epoch
 * milliseconds and is also the Kafka record timestamp.
 *
 * @param ticker upper-case symbol, e.g. {@code TSLA}
 * @param priceCents last trade price in cents, in (0, {@link #MAX_PRICE_CENTS}]
 * @param size shares traded, in (0, {@link #MAX_SIZE}]
 * @param bidCents best bid in cents, 0 &lt; bid &lt;= price
 * @param askCents best ask in cents, ask &gt;= price
 * @param eventTime epoch milliseconds when the trade happened
 */
public record Quote(
    String ticker, long priceCents, long size, long bidCents, long askCents, long eventTime) {

  /**
   * $1,000,000 a share: above any listed stock, far below where window sums in cents could
   * overflow.
   */
  public static final long MAX_PRICE_CENTS = 100_000_000L;

  /**
   * 10 million shares in one print. With {@link #MAX_PRICE_CENTS} one print's value stays below
   * 10^15 cents, so a window's long sum of price x size stays exact for more than 9,000 maximal
   * prints.
   */
  public static final long MAX_SIZE = 10_000_000L;

  /** Returns why this quote cannot be used, or {@code null} when it is valid. */
  public String problem() {
    if (ticker == null || ticker.isBlank()) return "missing ticker";
    if (priceCents <= 0) return "price must be positive, was " + priceCents;
    if (priceCents > MAX_PRICE_CENTS)
      return "price must be at most " + MAX_PRICE_CENTS + " cents, was " + priceCents;
    if (size <= 0) return "size must be positive, was " + size;
    if (size > MAX_SIZE) return "size must be at most " + MAX_SIZE + " shares, was " + size;
    if (bidCents <= 0 || bidCents > priceCents) return "bid must be in (0, price], was " + bidCents;
    if (askCents < priceCents) return "ask must be >= price, was " + askCents;
    if (askCents > MAX_PRICE_CENTS)
      return "ask must be at most " + MAX_PRICE_CENTS + " cents, was " + askCents;
    if (eventTime <= 0) return "event time must be positive, was " + eventTime;
    return null;
  }

  /** The price in dollars, for display and ratios. */
  public double price() {
    return priceCents / 100.0;
  }
}
