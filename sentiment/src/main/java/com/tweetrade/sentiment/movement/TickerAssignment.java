package com.tweetrade.sentiment.movement;

import com.tweetrade.sentiment.KeywordMatcher;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which of the task's tickers a tweet is about: those among its cashtags, from the text ({@code
 * $AAPL} on word boundaries, {@link KeywordMatcher#cashtags}) and from Twitter's {@code
 * entities.symbols}.
 *
 * <p>StockNet collected tweets by searching "$" + ticker, which also returned "U$D" or "N$T" for $D
 * and $T (8,723 of the 96,826 tweets name none of the tickers as a cashtag); those are assigned to
 * no ticker. A share class is written with "." or "_" in cashtags and "-" in the ticker table:
 * "$BRK.A" is BRK-A; bare "$BRK" is no ticker (it could be either class).
 */
public final class TickerAssignment {

  private final Set<String> tickers;

  public TickerAssignment(Set<String> tickers) {
    this.tickers = Set.copyOf(tickers);
  }

  /** The task's tickers the tweet names, in order of appearance, text first. */
  public Set<String> tickers(String text, List<String> symbols) {
    Set<String> found = new LinkedHashSet<>(2);
    for (String cashtag : KeywordMatcher.cashtags(text)) {
      add(cashtag, found);
    }
    for (String symbol : symbols) {
      add(symbol, found);
    }
    return found;
  }

  private void add(String cashtag, Set<String> found) {
    String ticker = cashtag.toUpperCase(Locale.ROOT).replace('.', '-').replace('_', '-');
    if (tickers.contains(ticker)) {
      found.add(ticker);
    }
  }
}
