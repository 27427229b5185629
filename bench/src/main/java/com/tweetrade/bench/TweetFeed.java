package com.tweetrade.bench;

import com.tweetrade.model.Tweet;
import java.util.List;

/** Deterministic tweets about the bench's tickers, alternating positive and negative wording. */
public final class TweetFeed {
  private static final List<String> TEXTS =
      List.of(
          "Tesla deliveries look great, love it $TSLA",
          "tesla is a disaster today, terrible quarter $TSLA",
          "Apple shares up, good news $AAPL",
          "awful guidance from nvidia $NVDA",
          "microsoft cloud is excellent $MSFT",
          "amazon shipping delays again, bad $AMZN");

  private long count;

  /** The next tweet, created at {@code eventTime}. */
  public Tweet next(long eventTime) {
    long id = ++count;
    String text = TEXTS.get((int) (id % TEXTS.size()));
    String cashtag = text.substring(text.lastIndexOf('$') + 1);
    return new Tweet(
        id,
        text + " #" + id,
        eventTime,
        1000 + id % 97,
        "bench" + id % 97,
        (int) (id % 5000),
        "en",
        List.of(cashtag),
        List.of(),
        false,
        null);
  }

  public long count() {
    return count;
  }
}
