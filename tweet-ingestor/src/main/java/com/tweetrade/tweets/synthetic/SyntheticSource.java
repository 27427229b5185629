package com.tweetrade.tweets.synthetic;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Tweet;
import com.tweetrade.tweets.TweetPublisher;
import com.tweetrade.tweets.TweetSource;
import java.util.function.Supplier;

/** Publishes generated tweets at a fixed rate until {@code count} are sent or it is closed. */
public final class SyntheticSource implements TweetSource {
  private final Supplier<Tweet> tweets;
  private final Throttler throttler;
  private final long count;
  private final TweetPublisher publisher;
  private volatile boolean running = true;

  /**
   * @param count stop after this many; {@code <= 0} for no limit
   */
  public SyntheticSource(
      Supplier<Tweet> tweets, Throttler throttler, long count, TweetPublisher publisher) {
    this.tweets = tweets;
    this.throttler = throttler;
    this.count = count;
    this.publisher = publisher;
  }

  @Override
  public void run() {
    long sent = 0;
    try {
      while (running && (count <= 0 || sent < count)) {
        throttler.throttle();
        Tweet t = tweets.get();
        if (publisher.publish(t, JsonCodec.TWEET.encodeToString(t), "synthetic#" + sent)) sent++;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    running = false;
  }
}
