package com.tweetrade.model;

/**
 * One simulated trade print for a ticker, with the quote around it.
 *
 * <p>Prices are whole cents so that sums and comparisons are exact; {@code eventTime} is epoch
 * milliseconds and is also the Kafka record timestamp.
 *
 * @param ticker upper-case symbol, e.g. {@code TSLA}
 * @param priceCents last trade price in cents, &gt; 0
 * @param size shares traded, &gt; 0
 * @param bidCents best bid in cents, 0 &lt; bid &lt;= price
 * @param askCents best ask in cents, ask &gt;= price
 * @param eventTime epoch milliseconds when the trade happened
 */
public record Quote(String ticker, long priceCents, long size, long bidCents, long askCents, long eventTime) {

  /** Returns why this quote cannot be used, or {@code null} when it is valid. */
  public String problem() {
    if (ticker == null || ticker.isBlank()) return "missing ticker";
    if (priceCents <= 0) return "price must be positive, was " + priceCents;
    if (size <= 0) return "size must be positive, was " + size;
    if (bidCents <= 0 || bidCents > priceCents) return "bid must be in (0, price], was " + bidCents;
    if (askCents < priceCents) return "ask must be >= price, was " + askCents;
    if (eventTime <= 0) return "event time must be positive, was " + eventTime;
    return null;
  }

  /** The price in dollars, for display and ratios. */
  public double price() {
    return priceCents / 100.0;
  }
}
