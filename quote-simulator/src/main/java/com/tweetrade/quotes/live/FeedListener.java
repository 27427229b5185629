package com.tweetrade.quotes.live;

import com.tweetrade.model.Quote;

/** What a {@link FeedProtocol} found in one frame, element by element. */
public interface FeedListener {
  /** A trade print as our quote; it may still be invalid ({@link Quote#problem()}). */
  void quote(Quote quote, String payload);

  /** An element (or the whole frame) that cannot be read: it goes to the dead-letter topic. */
  void malformed(String reason, String payload);

  /** Understood and not sent on: pings, confirmations, quotes kept for bid and ask. */
  void skipped(String kind);

  /** A message the protocol answers with (Alpaca's auth after "connected"). */
  void reply(String message);

  /** The feed takes subscriptions from now on (Alpaca: authenticated). */
  void ready();

  /**
   * The feed reported an error; {@code fatal} ones (bad credentials, plan limits) stop the source.
   */
  void serverError(String message, boolean fatal);
}
