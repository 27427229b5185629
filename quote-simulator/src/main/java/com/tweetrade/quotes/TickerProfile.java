package com.tweetrade.quotes;

/**
 * The parameters of one ticker's simulated price path.
 *
 * @param symbol normalised ticker
 * @param startPrice first price in dollars, &gt; 0
 * @param volatility yearly volatility of log returns, e.g. 0.25
 * @param drift yearly drift of log returns, e.g. 0.07
 * @param spread typical bid/ask spread as a fraction of the price, e.g. 0.0005 (5 bp)
 */
public record TickerProfile(
    String symbol, double startPrice, double volatility, double drift, double spread) {
  public TickerProfile {
    if (!(startPrice > 0)) throw new IllegalArgumentException(symbol + ": start price must be > 0");
    if (!(volatility >= 0))
      throw new IllegalArgumentException(symbol + ": volatility must be >= 0");
    if (!(spread >= 0)) throw new IllegalArgumentException(symbol + ": spread must be >= 0");
  }
}
