package com.tweetrade.quotes.live;

import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.Quote;
import com.tweetrade.quotes.ProgressReporter;
import com.tweetrade.quotes.QuoteSink;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles each frame on the socket's thread: valid quotes go to the sink, invalid ones and
 * unreadable frames to the dead-letter topic with their reason ({@code source} = {@code
 * quote-simulator/<feed>}, {@code position} = {@code <feed>:<frame number since start>}), the rest
 * is counted by kind.
 */
final class FeedHandler {
  private static final Logger LOG = LoggerFactory.getLogger(FeedHandler.class);

  private final FeedProtocol protocol;
  private final QuoteSink sink;
  private final long count;
  private final ProgressReporter progress;
  private final LongSupplier wallClock;
  private final AtomicLong frames = new AtomicLong();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong deadLettered = new AtomicLong();
  private final Map<String, Long> skipped = new TreeMap<>();
  private volatile boolean ready;

  /**
   * Set when the source stops: a frame still arriving may meet a closed sink, which is no failure
   * of the feed.
   */
  private volatile boolean stopped;

  private volatile String fatal;
  private volatile long lastEventTime;

  /**
   * @param count stop after this many quotes; negative = no limit
   */
  FeedHandler(
      FeedProtocol protocol,
      QuoteSink sink,
      long count,
      ProgressReporter progress,
      LongSupplier wallClock) {
    this.protocol = protocol;
    this.sink = sink;
    this.count = count;
    this.progress = progress;
    this.wallClock = wallClock;
  }

  void opened() {
    ready = protocol.readyOnOpen();
  }

  void onText(String frame, Consumer<String> replies) {
    if (stopped || fatal != null) return; // after a refusal nothing more is taken from this feed
    long n = frames.incrementAndGet();
    protocol.read(
        frame,
        new FeedListener() {
          @Override
          public void quote(Quote quote, String payload) {
            String problem = quote.problem();
            if (problem != null) {
              malformed(problem, payload);
            } else if (!countReached() && deliver(() -> sink.send(quote))) {
              lastEventTime = quote.eventTime();
              long total = sent.incrementAndGet();
              if (progress != null) progress.sent(total, quote.eventTime());
            }
          }

          @Override
          public void malformed(String reason, String payload) {
            deadLetter(reason, payload, n);
          }

          @Override
          public void skipped(String kind) {
            synchronized (skipped) {
              skipped.merge(kind, 1L, Long::sum);
            }
          }

          @Override
          public void reply(String message) {
            replies.accept(message);
          }

          @Override
          public void ready() {
            ready = true;
            LOG.info("{}: authenticated", protocol.name());
          }

          @Override
          public void serverError(String message, boolean isFatal) {
            LOG.warn("{} reports an error: {}", protocol.name(), protocol.redact(message));
            if (isFatal) fatal = protocol.name() + " refused us: " + protocol.redact(message);
          }
        });
  }

  void onBinary(int bytes) {
    if (stopped || fatal != null) return;
    long n = frames.incrementAndGet();
    deadLetter("a binary frame of " + bytes + " bytes (the feed sends JSON text)", "", n);
  }

  /** Counts unusable input of frame number {@code frame} and hands it to the dead-letter topic. */
  private void deadLetter(String reason, String payload, long frame) {
    deadLettered.incrementAndGet();
    deliver(
        () ->
            sink.deadLetter(
                DeadLetter.of(
                    "quote-simulator/" + protocol.name(),
                    reason,
                    payload,
                    protocol.name() + ":" + frame,
                    wallClock.getAsLong())));
  }

  /**
   * Hands a record to Kafka; a refusal (the sink failed or was closed) stops the source instead of
   * failing every later frame on the socket's thread, which would only reconnect again and again.
   */
  private boolean deliver(Runnable send) {
    try {
      send.run();
      return true;
    } catch (RuntimeException e) {
      if (fatal == null && !stopped) fatal = "writing to Kafka failed: " + e.getMessage();
      return false;
    }
  }

  /** The source stops: frames from now on are not delivered (the sink closes next). */
  void stop() {
    stopped = true;
  }

  /** Subscriptions may be sent (the socket is open and, for Alpaca, authenticated). */
  boolean ready() {
    return ready;
  }

  void notReady() {
    ready = false;
  }

  /** Why the feed will not serve us (bad credentials, plan limits), or null. */
  String fatal() {
    return fatal;
  }

  void fatal(String why) {
    fatal = why;
  }

  boolean countReached() {
    return count >= 0 && sent.get() >= count;
  }

  long frames() {
    return frames.get();
  }

  long sent() {
    return sent.get();
  }

  long deadLettered() {
    return deadLettered.get();
  }

  long lastEventTime() {
    return lastEventTime;
  }

  Map<String, Long> skipped() {
    synchronized (skipped) {
      return Map.copyOf(skipped);
    }
  }
}
