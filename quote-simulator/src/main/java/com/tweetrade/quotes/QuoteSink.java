package com.tweetrade.quotes;

import com.tweetrade.model.Quote;

/** Where quotes go: Kafka in production, a list in tests. */
public interface QuoteSink extends AutoCloseable {
  void send(Quote quote);

  /** Blocks until everything sent so far is written. */
  void flush();

  /** Flushes and releases resources. */
  @Override
  void close();
}
