package com.tweetrade.tweets;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Prints the counters and the send rate to stderr every few seconds, and once at the end. */
public final class ProgressLine implements AutoCloseable {
  private final Counters counters;
  private final PrintStream out;
  private final TimeSource time;
  private final long startMillis;
  private ScheduledExecutorService timer;
  private long lastMillis;
  private long lastSent;

  public ProgressLine(Counters counters, PrintStream out, TimeSource time) {
    this.counters = counters;
    this.out = out;
    this.time = time;
    this.startMillis = time.millis();
    this.lastMillis = startMillis;
  }

  /** Starts printing every {@code seconds}; {@code <= 0} prints only the final line. */
  public ProgressLine start(int seconds) {
    if (seconds > 0) {
      timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "tweet-ingestor-progress");
                t.setDaemon(true);
                return t;
              });
      timer.scheduleAtFixedRate(() -> out.println(line()), seconds, seconds, TimeUnit.SECONDS);
    }
    return this;
  }

  /**
   * e.g. {@code tweet-ingestor: sent 1200, dead-lettered 2, duplicates 0, failed 0; 240.0 tweets/s}
   */
  public synchronized String line() {
    long now = time.millis();
    long sent = counters.sent.get();
    double rate = now > lastMillis ? (sent - lastSent) * 1000.0 / (now - lastMillis) : 0;
    lastMillis = now;
    lastSent = sent;
    return String.format("tweet-ingestor: %s; %.1f tweets/s", counters.summary(), rate);
  }

  /** The closing line: totals and the mean rate over the whole run. */
  public String finalLine() {
    long elapsed = Math.max(1, time.millis() - startMillis);
    return String.format(
        "tweet-ingestor: done: %s; %.1f tweets/s over %.1f s",
        counters.summary(), counters.sent.get() * 1000.0 / elapsed, elapsed / 1000.0);
  }

  @Override
  public void close() {
    if (timer != null) timer.shutdownNow();
  }
}
