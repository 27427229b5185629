package com.tweetrade.job.analytics;

import com.tweetrade.model.Quote;
import com.tweetrade.model.tickers.TickerDirectory;

/** A quote is usable when its fields are sane ({@link Quote#problem()}) and its ticker is known. */
public class QuoteCheck implements EventCheck<Quote> {
  private static final long serialVersionUID = 1L;

  private final TickerDirectory tickers;

  public QuoteCheck(TickerDirectory tickers) {
    this.tickers = tickers;
  }

  @Override
  public String problem(Quote quote) {
    String problem = quote.problem();
    if (problem != null) return problem;
    if (!quote.ticker().equals(TickerDirectory.normalize(quote.ticker()))) {
      return "ticker not in normal form (upper case, '-' for share classes): " + quote.ticker();
    }
    if (!tickers.contains(quote.ticker())) return "unknown ticker " + quote.ticker();
    return null;
  }
}
