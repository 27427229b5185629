package com.tweetrade.quotes.live;

/** Our class separator is {@code -} ({@code BRK-A}); Finnhub and Alpaca write {@code BRK.A}. */
public final class FeedSymbols {
  private FeedSymbols() {}

  public static String toFeed(String ticker) {
    return ticker.replace('-', '.');
  }

  public static String fromFeed(String symbol) {
    return symbol.replace('.', '-');
  }
}
