package com.tweetrade.tweets.live;

import com.tweetrade.model.Tweet;
import com.tweetrade.tweets.StatusMapper;
import com.tweetrade.tweets.TweetPublisher;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import twitter4j.ConnectionLifeCycleListener;
import twitter4j.RawStreamListener;
import twitter4j.StallWarning;
import twitter4j.Status;
import twitter4j.StatusDeletionNotice;
import twitter4j.StatusListener;
import twitter4j.TwitterException;

/**
 * Receives twitter4j's callbacks: publishes statuses, dead-letters bad lines, and hands connection
 * failures to the {@link LiveSource} control loop.
 *
 * <p>twitter4j reads lines on its consumer thread and parses them on one dispatcher thread, where
 * {@link #onMessage} (raw line) runs just before {@link #onStatus} or {@link #onException} for the
 * same line. So an exception on the dispatcher thread is a bad line (dead-lettered with its raw
 * text), and one on any other thread is a connection failure.
 */
final class StreamHandler
    implements StatusListener, RawStreamListener, ConnectionLifeCycleListener {
  private static final Logger LOG = LoggerFactory.getLogger(StreamHandler.class);

  private final TweetPublisher publisher;
  private final Runnable stopStream;
  private final AtomicReference<StreamFailure> failure = new AtomicReference<>();
  private final AtomicLong connects = new AtomicLong();
  private final AtomicLong lines = new AtomicLong();
  private final AtomicLong undelivered = new AtomicLong();
  private volatile Thread dispatcher;
  private String currentLine = "";
  private long currentLineNo;
  private Exception lastFailure;

  /**
   * @param stopStream stops twitter4j's consumer at once, so that only LiveSource decides when to
   *     reconnect
   */
  StreamHandler(TweetPublisher publisher, Runnable stopStream) {
    this.publisher = publisher;
    this.stopStream = stopStream;
  }

  /** The connection failure not yet handled, if any; clears it. */
  StreamFailure takeFailure() {
    return failure.getAndSet(null);
  }

  long connects() {
    return connects.get();
  }

  /** Tweets Twitter said matched but did not deliver (limit notices). */
  long undelivered() {
    return undelivered.get();
  }

  @Override
  public void onMessage(String rawString) {
    dispatcher = Thread.currentThread();
    currentLine = rawString;
    currentLineNo = lines.incrementAndGet();
  }

  @Override
  public void onStatus(Status status) {
    publisher.publish(StatusMapper.toTweet(status, Tweet.SOURCE_TWITTER), currentLine, position());
  }

  @Override
  public void onException(Exception ex) {
    if (Thread.currentThread() == dispatcher) {
      publisher.deadLetter("not a valid tweet: " + ex.getMessage(), currentLine, position());
      return;
    }
    synchronized (this) {
      // twitter4j reports a dropped connection twice (once per listener list); act once
      if (ex == lastFailure) return;
      lastFailure = ex;
    }
    StreamFailure f =
        ex instanceof TwitterException te
            ? StreamFailure.of(te)
            : new StreamFailure(Backoff.Kind.NETWORK, "the stream failed: " + ex, -1);
    stopStream.run();
    failure.set(f);
  }

  @Override
  public void onConnect() {
    connects.incrementAndGet();
    LOG.info("connected to the filter stream");
  }

  @Override
  public void onDisconnect() {}

  @Override
  public void onCleanUp() {}

  @Override
  public void onDeletionNotice(StatusDeletionNotice notice) {
    // A later delete of a tweet already sent cannot be undone downstream; noted only.
    LOG.debug("deletion notice for tweet {}", notice.getStatusId());
  }

  @Override
  public void onTrackLimitationNotice(int numberOfLimitedStatuses) {
    undelivered.set(numberOfLimitedStatuses);
    LOG.warn(
        "Twitter held back {} matching tweets so far (track limit: the terms match too much)",
        numberOfLimitedStatuses);
  }

  @Override
  public void onScrubGeo(long userId, long upToStatusId) {}

  @Override
  public void onStallWarning(StallWarning warning) {
    LOG.warn(
        "Twitter says this client is falling behind: {} ({}% of its queue full)",
        warning.getMessage(), warning.getPercentFull());
  }

  private String position() {
    return "live-stream:" + currentLineNo;
  }
}
