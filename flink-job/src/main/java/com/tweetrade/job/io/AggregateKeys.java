package com.tweetrade.job.io;

import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.SentimentAggregate;

/**
 * Kafka keys of the aggregates topic: {@code price:TSLA:5m} and {@code sentiment:tesla:5m}, the
 * same shape as the rule language's input keys. The key's first part, like the {@code type} header,
 * tells which of the two JSON records the value is.
 */
public final class AggregateKeys {
  private AggregateKeys() {}

  public static String price(PriceAggregate a) {
    return "price:" + a.ticker() + ":" + a.window();
  }

  public static String sentiment(SentimentAggregate a) {
    return "sentiment:" + a.keyword() + ":" + a.window();
  }
}
