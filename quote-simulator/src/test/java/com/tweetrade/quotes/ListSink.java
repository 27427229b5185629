package com.tweetrade.quotes;

import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.Quote;
import java.util.ArrayList;
import java.util.List;

/** Collects quotes in memory. */
final class ListSink implements QuoteSink {
  final List<Quote> quotes = new ArrayList<>();
  final List<DeadLetter> deadLetters = new ArrayList<>();
  int flushes;
  boolean closed;

  @Override
  public void send(Quote quote) {
    quotes.add(quote);
  }

  @Override
  public void deadLetter(DeadLetter letter) {
    deadLetters.add(letter);
  }

  @Override
  public void flush() {
    flushes++;
  }

  @Override
  public void close() {
    closed = true;
  }
}
