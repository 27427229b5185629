package com.tweetrade.quotes;

import com.tweetrade.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends generated quotes to a sink, paced by optional {@link Throttler}s, until stopped or a count
 * is reached.
 *
 * <p>Each generator (usually one; more with {@code --threads}, each quoting its own share of the
 * tickers) is driven by its own thread; {@link #run()} uses the calling thread for the first and
 * returns once all are done and the sink is flushed. {@link #close()} may be called from any thread
 * (the command's shutdown hook does): it stops the loops, waits a moment for the final flush, and
 * closes the sink, whose close is bounded: a run stopped while the broker is gone ends within
 * {@link KafkaQuoteSink#CLOSE_TIMEOUT} and some seconds, saying what was dropped, instead of
 * waiting in the flush for good.
 */
public final class Producer implements Runnable, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Producer.class);
  private static final long CLOSE_TIMEOUT_SECONDS = 30;

  /** How long close() lets the loops finish their flush before closing the sink under them. */
  private static final long LOOP_STOP_WAIT_SECONDS = 2;

  private final List<QuoteGenerator> generators;
  private final List<Throttler> throttlers;
  private final QuoteSink sink;
  private final long count;
  private final ProgressReporter progress;
  private final AtomicLongArray sentByWorker;
  private final CountDownLatch loopDone = new CountDownLatch(1);
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicReference<RuntimeException> workerFailure = new AtomicReference<>();
  private volatile boolean running = true;
  private volatile long lastEventTime;

  /** One generator on the calling thread; {@code throttler} may be {@code null} (unthrottled). */
  public Producer(
      QuoteGenerator generator,
      Throttler throttler,
      QuoteSink sink,
      long count,
      ProgressReporter progress) {
    this(List.of(generator), throttler == null ? null : List.of(throttler), sink, count, progress);
  }

  /**
   * @param throttlers one per generator, or {@code null} to send as fast as possible
   * @param count quotes to send in total before stopping, or a negative number for no limit
   * @param progress reports progress, or {@code null}
   */
  public Producer(
      List<QuoteGenerator> generators,
      List<Throttler> throttlers,
      QuoteSink sink,
      long count,
      ProgressReporter progress) {
    if (throttlers != null && throttlers.size() != generators.size()) {
      throw new IllegalArgumentException("one throttler per generator");
    }
    this.generators = List.copyOf(generators);
    this.throttlers = throttlers;
    this.sink = sink;
    this.count = count;
    this.progress = progress;
    // Padded so that the workers' counters do not share a cache line.
    this.sentByWorker = new AtomicLongArray(generators.size() * 16);
  }

  @Override
  public void run() {
    if (!started.compareAndSet(false, true)) throw new IllegalStateException("already started");
    List<Thread> helpers = new ArrayList<>();
    try {
      for (int w = 1; w < generators.size(); w++) {
        int worker = w;
        Thread t = new Thread(() -> loopCatching(worker), "quote-producer-" + w);
        t.start();
        helpers.add(t);
      }
      loop(0);
      for (Thread t : helpers) t.join();
      sink.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
      sink.flush();
    } catch (RuntimeException e) {
      boolean closing = closed.get();
      // The sink failed on this thread: stop the others before giving up.
      running = false;
      joinQuietly(helpers);
      // a sink closed under a blocked send or flush fails it: that is the stop, not an error
      if (!closing) throw e;
    } finally {
      if (progress != null) progress.finished(sent(), lastEventTime);
      loopDone.countDown();
    }
    RuntimeException failure = workerFailure.get();
    if (failure != null && !closed.get()) throw failure;
  }

  private static void joinQuietly(List<Thread> threads) {
    for (Thread t : threads) {
      try {
        t.join(TimeUnit.SECONDS.toMillis(CLOSE_TIMEOUT_SECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void loopCatching(int worker) {
    try {
      loop(worker);
    } catch (InterruptedException e) {
      running = false;
    } catch (RuntimeException e) {
      workerFailure.compareAndSet(null, e);
      running = false;
    }
  }

  private void loop(int worker) throws InterruptedException {
    QuoteGenerator generator = generators.get(worker);
    Throttler throttler = throttlers == null ? null : throttlers.get(worker);
    long quota = quota(worker);
    long sent = 0;
    while (running && (quota < 0 || sent < quota)) {
      if (throttler != null) throttler.acquire();
      Quote quote = generator.get();
      sink.send(quote);
      sent++;
      // Only this thread writes its counter, so a release store (no fence on x86) is enough.
      sentByWorker.lazySet(worker * 16, sent);
      if (worker == 0) {
        lastEventTime = quote.eventTime();
        if (progress != null) progress.sent(sent(), quote.eventTime());
      }
    }
  }

  /** This worker's share of {@code count}. */
  private long quota(int worker) {
    if (count < 0) return -1;
    int n = generators.size();
    return count / n + (worker < count % n ? 1 : 0);
  }

  /** Quotes handed to the sink so far. */
  public long sent() {
    long total = 0;
    for (int w = 0; w < generators.size(); w++) total += sentByWorker.get(w * 16);
    return total;
  }

  /** Asks the loops to stop after their current quote; does not wait. */
  public void stop() {
    running = false;
  }

  /**
   * Stops the loops, gives their final flush a moment, and closes the sink (bounded; it also
   * releases a send or flush that waits for a broker that is gone). Idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) return;
    running = false;
    if (started.get() && !awaitLoop(LOOP_STOP_WAIT_SECONDS)) {
      LOG.warn(
          "producer loop still waiting for Kafka after {} s; closing the sink under it",
          LOOP_STOP_WAIT_SECONDS);
    }
    try {
      sink.close();
    } finally {
      if (started.get()) awaitLoop(LOOP_STOP_WAIT_SECONDS);
    }
  }

  private boolean awaitLoop(long seconds) {
    try {
      return loopDone.await(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
