package com.tweetrade.quotes;

import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.Quote;

/** Where quotes go: Kafka in production, a list in tests. */
public interface QuoteSink extends AutoCloseable {
  void send(Quote quote);

  /** Bad input of a live feed, with its reason; the simulator never makes any. */
  void deadLetter(DeadLetter letter);

  /** Blocks until everything sent so far is written. */
  void flush();

  /** Writes what it can within a bounded time, says what it dropped, and releases resources. */
  @Override
  void close();
}
