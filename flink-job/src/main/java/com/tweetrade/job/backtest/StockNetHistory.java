package com.tweetrade.job.backtest;

import com.tweetrade.job.JobSettings;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Tweet;
import com.tweetrade.model.Window;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.settings.ProjectRoot;
import com.tweetrade.model.tickers.TickerDirectory;
import com.tweetrade.sentiment.KeywordMatcher;
import com.tweetrade.sentiment.stocknet.DailyClose;
import com.tweetrade.sentiment.stocknet.StockNetData;
import com.tweetrade.sentiment.stocknet.StockNetTweet;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * StockNet 2014–2015 (shipped under {@code data/stocknet/}, MIT licence) as a backtest's history:
 * each trading day's adjusted close as one quote at the close (20:00 UTC), and the real posts at
 * their own times, read with the sentiment module's {@link StockNetData} (the one reader of those
 * files).
 */
public final class StockNetHistory {
  /** Daily closes: a pane of a day (UTC) is the finest the prices allow. */
  static final Duration PANE = Duration.ofDays(1);

  /**
   * The windows day panes make; a shorter one would hold one close or none. No bars for the
   * indicators: the price inputs work out only the indicators of the rules they hold, and in a
   * backtest they may read every close before the rules reach them (they do not wait for the rules'
   * catch-up, unlike the keyword fan-out), so {@code ema}/{@code rsi} are refused rather than left
   * without values by a race.
   */
  public static final WindowSet WINDOWS =
      new WindowSet(
          "StockNet daily closes", List.of(Window.ONE_DAY, Window.FIVE_DAYS, Window.TWENTY_DAYS));

  /**
   * A close is the price until the next close: the longest gap between two closes in the data is 5
   * days (NYSE closed for Hurricane Sandy, 2012-10-26 to 10-31; a long weekend is 4), so a rule
   * decided between two closes, weekends and holidays included, trades at the last one.
   */
  static final Duration PRICE_STALENESS = Duration.ofDays(5);

  /**
   * US markets close at 16:00 New York, 20:00 or 21:00 UTC; one fixed hour keeps runs comparable.
   */
  private static final LocalTime CLOSE_UTC = LocalTime.of(20, 0);

  private final StockNetData data;

  private StockNetHistory(StockNetData data) {
    this.data = data;
  }

  /** Where the shipped data is: {@code data/stocknet} under the project root. */
  static Path shippedDir() {
    return ProjectRoot.find().resolve("data/stocknet");
  }

  public static StockNetHistory read(Path dir) throws IOException {
    return new StockNetHistory(StockNetData.read(dir));
  }

  /** Tickers with prices in the data. */
  public Set<String> tickers() {
    return data.closes().keySet();
  }

  /** First and last trading day of the price data. */
  public LocalDate firstDay() {
    return data.closes().values().stream()
        .map(days -> days.get(0).day())
        .min(Comparator.naturalOrder())
        .orElseThrow();
  }

  public LocalDate lastDay() {
    return data.closes().values().stream()
        .map(days -> days.get(days.size() - 1).day())
        .max(Comparator.naturalOrder())
        .orElseThrow();
  }

  /**
   * Quotes of {@code tickers} and the posts that mention one of {@code keywords} (words as the job
   * matches them, cashtags as {@code $AAPL}) from {@code from} to {@code to}, both days included.
   * Other posts would only feed windows no rule reads.
   */
  public History between(Set<String> tickers, Set<String> keywords, LocalDate from, LocalDate to) {
    Set<String> cashtags = new java.util.TreeSet<>();
    List<String> words = new ArrayList<>();
    for (String k : keywords) {
      if (k.startsWith("$")) cashtags.add(k.substring(1));
      else words.add(k);
    }
    KeywordMatcher matcher = KeywordMatcher.of(words);
    List<Quote> quotes = new ArrayList<>();
    for (String ticker : tickers) {
      for (DailyClose close : data.closes().getOrDefault(ticker, List.of())) {
        if (close.day().isBefore(from) || close.day().isAfter(to)) continue;
        long cents = Math.round(close.adjClose() * 100);
        quotes.add(new Quote(ticker, cents, 1, cents, cents, closeTime(close.day())));
      }
    }
    quotes.sort(Comparator.comparingLong(Quote::eventTime).thenComparing(Quote::ticker));
    List<Tweet> tweets = new ArrayList<>();
    List<StockNetTweet> all = data.tweets();
    for (int i = 0; i < all.size(); i++) {
      StockNetTweet t = all.get(i);
      if (t.day().isBefore(from) || t.day().isAfter(to) || t.text().isBlank()) continue;
      boolean read =
          t.symbols().stream().anyMatch(cashtags::contains)
              || KeywordMatcher.cashtags(t.text()).stream().anyMatch(cashtags::contains)
              || !matcher.find(t.text()).isEmpty();
      if (!read) continue;
      // The file's order is fixed, so its line number is a stable id.
      tweets.add(
          new Tweet(
              i + 1L,
              t.text(),
              t.epochSecond() * 1000,
              0,
              "",
              0,
              "en",
              t.symbols(),
              List.of(),
              false,
              null,
              "stocknet"));
    }
    tweets.sort(Comparator.comparingLong(Tweet::createdAt).thenComparingLong(Tweet::id));
    return new History(quotes, tweets, jobSettings());
  }

  /**
   * The job over daily closes: day panes, the day windows, a price good until the next close, and
   * market orders priced at event time (a replay).
   */
  static JobSettings jobSettings() {
    JobSettings live = JobSettings.defaults(TickerDirectory.standard());
    return new JobSettings(
        PANE, live.limits(), PRICE_STALENESS, live.tickers(), live.eventTimeLimit(), WINDOWS, true);
  }

  static long closeTime(LocalDate day) {
    return day.atTime(CLOSE_UTC).toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  static LocalDate dayOf(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC).toLocalDate();
  }
}
