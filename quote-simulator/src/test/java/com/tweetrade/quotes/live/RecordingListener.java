package com.tweetrade.quotes.live;

import com.tweetrade.model.Quote;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a protocol reported, for mapping tests. */
public final class RecordingListener implements FeedListener {
  public final List<Quote> quotes = new ArrayList<>();
  public final List<String> malformed = new ArrayList<>();
  public final List<String> skipped = new ArrayList<>();
  public final List<String> replies = new ArrayList<>();
  public final List<String> errors = new ArrayList<>();
  public boolean ready;

  @Override
  public void quote(Quote quote, String payload) {
    quotes.add(quote);
  }

  @Override
  public void malformed(String reason, String payload) {
    malformed.add(reason);
  }

  @Override
  public void skipped(String kind) {
    skipped.add(kind);
  }

  @Override
  public void reply(String message) {
    replies.add(message);
  }

  @Override
  public void ready() {
    ready = true;
  }

  @Override
  public void serverError(String message, boolean fatal) {
    errors.add((fatal ? "fatal " : "") + message);
  }
}
