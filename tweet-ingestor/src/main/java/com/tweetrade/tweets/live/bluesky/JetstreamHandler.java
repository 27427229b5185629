package com.tweetrade.tweets.live.bluesky;

import com.tweetrade.tweets.TweetPublisher;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Handles each Jetstream message on the socket's thread: a wanted post goes to the publisher with
 * its {@code time_us} header, a malformed message to the dead-letter topic with its reason, the
 * rest is counted as skipped.
 *
 * <p>After a reconnect the server replays from the cursor, a few seconds back. Posts that come
 * again are dropped by id (the publisher's "never sent twice"); other messages up to the newest
 * {@code time_us} handled before the reconnect were already counted or dead-lettered and are passed
 * over silently. Dead-letter positions are {@code jetstream:<message number since start>}.
 */
final class JetstreamHandler implements JetstreamSocket.Handler {
  private final TweetPublisher publisher;
  private final long count;
  private final SkipCounts skips = new SkipCounts();
  private final AtomicLong messages = new AtomicLong();
  private final AtomicLong handedOver = new AtomicLong();
  private final AtomicLong newestTimeUs = new AtomicLong();
  private volatile PostFilter filter = PostFilter.of(false, java.util.Set.of(), java.util.Set.of());

  /** Newest time_us handled before the current connection: older non-post messages are repeats. */
  private volatile long replayedUpTo;

  JetstreamHandler(TweetPublisher publisher, long count) {
    this.publisher = publisher;
    this.count = count;
  }

  void filter(PostFilter filter) {
    this.filter = filter;
  }

  void resumeFrom(long timeUs) {
    newestTimeUs.accumulateAndGet(timeUs, Math::max);
  }

  /** Called before each connection: what was handled so far may come again. */
  void startConnection() {
    replayedUpTo = newestTimeUs.get();
  }

  long newestTimeUs() {
    return newestTimeUs.get();
  }

  long messages() {
    return messages.get();
  }

  SkipCounts skips() {
    return skips;
  }

  boolean countReached() {
    return count > 0 && handedOver.get() >= count;
  }

  @Override
  public void onText(String message) {
    long n = messages.incrementAndGet();
    JetstreamEvent event = PostMapper.read(message);
    long t = event.timeUs();
    boolean repeat = t > 0 && t <= replayedUpTo;
    if (t > 0) newestTimeUs.accumulateAndGet(t, Math::max);
    if (event.problem() != null) {
      if (!repeat) publisher.deadLetter(event.problem(), message, "jetstream:" + n);
      return;
    }
    Skip skip = event.skip() != null ? event.skip() : filter.check(event.post(), event.langs());
    if (skip != null) {
      if (!repeat) {
        skips.add(skip);
        publisher.counters().skipped.incrementAndGet();
      }
      return;
    }
    if (countReached()) return;
    if (publisher.publish(event.post(), message, "jetstream:" + n, ResumePoint.header(t)))
      handedOver.incrementAndGet();
  }

  @Override
  public void onBinary(int bytes) {
    long n = messages.incrementAndGet();
    publisher.deadLetter(
        "a binary frame of " + bytes + " bytes (this client asks for uncompressed JSON text)",
        "",
        "jetstream:" + n);
  }
}
