package com.tweetrade.tweets;

/**
 * Where tweets come from: replay, live or synthetic.
 *
 * <p>{@link #run()} publishes until the source is exhausted, its count is reached, or {@link
 * #close()} is called from another thread (the shutdown hook); it then returns normally.
 */
public interface TweetSource extends Runnable, AutoCloseable {
  /** Asks {@link #run()} to stop soon; safe to call from any thread, more than once. */
  @Override
  void close();
}
