package com.tweetrade.quotes;

import com.tweetrade.model.Quote;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends generated quotes to a sink, paced by an optional {@link Throttler}, until stopped or a
 * count is reached.
 *
 * <p>{@link #run()} is the sending loop; {@link #close()} may be called from any thread (the
 * command's shutdown hook does): it stops the loop, waits for it to flush what it sent, and closes
 * the sink, so an interrupted run loses no quote it has handed to the sink.
 */
public final class Producer implements Runnable, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Producer.class);
  private static final long CLOSE_TIMEOUT_SECONDS = 30;

  private final QuoteGenerator generator;
  private final Throttler throttler;
  private final QuoteSink sink;
  private final long count;
  private final ProgressReporter progress;
  private final CountDownLatch loopDone = new CountDownLatch(1);
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile boolean running = true;
  private volatile long sent;

  /**
   * @param throttler paces the quotes, or {@code null} to send as fast as possible
   * @param count quotes to send before stopping, or a negative number for no limit
   * @param progress reports progress, or {@code null}
   */
  public Producer(
      QuoteGenerator generator, Throttler throttler, QuoteSink sink, long count, ProgressReporter progress) {
    this.generator = generator;
    this.throttler = throttler;
    this.sink = sink;
    this.count = count;
    this.progress = progress;
  }

  @Override
  public void run() {
    if (!started.compareAndSet(false, true)) throw new IllegalStateException("already started");
    long lastEventTime = 0;
    try {
      while (running && (count < 0 || sent < count)) {
        if (throttler != null) throttler.acquire();
        Quote quote = generator.get();
        sink.send(quote);
        lastEventTime = quote.eventTime();
        sent++;
        if (progress != null) progress.sent(sent, lastEventTime);
      }
      sink.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      sink.flush();
    } finally {
      if (progress != null) progress.finished(sent, lastEventTime);
      loopDone.countDown();
    }
  }

  /** Quotes handed to the sink so far; safe to read from any thread. */
  public long sent() {
    return sent;
  }

  /** Asks the loop to stop after the current quote; does not wait. */
  public void stop() {
    running = false;
  }

  /** Stops the loop, waits for its final flush, and closes the sink. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) return;
    running = false;
    if (started.get()) {
      try {
        if (!loopDone.await(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          LOG.warn("producer loop did not stop within {} s; closing the sink anyway", CLOSE_TIMEOUT_SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    sink.close();
  }
}
