package com.tweetrade.tweets;

import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Tweet;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends tweets to the tweets topic and bad input to the dead-letter topic, never the same id twice.
 *
 * <p>Key is the tweet id as decimal text, value {@link JsonCodec#TWEET}, record timestamp the
 * tweet's {@code createdAt}. Thread-safe: the live source calls it from twitter4j's thread.
 *
 * <p>{@link #close()} is bounded by {@link #CLOSE_TIMEOUT} even when the broker is gone (an
 * unbounded flush once held a stopped producer for good): what Kafka has not acknowledged by then
 * is dropped, counted as failed and logged.
 */
public final class TweetPublisher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TweetPublisher.class);
  private static final int MAX_LOGGED_FAILURES = 5;

  /** How long a close waits for the broker to acknowledge what was handed over. */
  public static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

  private final Producer<String, byte[]> producer;
  private final String tweetsTopic;
  private final String deadLetterTopic;
  private final String source;
  private final SeenIds seen;
  private final TimeSource time;
  private final Counters counters = new Counters();

  /** Records handed to the producer whose callback has not run yet. */
  private final AtomicLong unacknowledged = new AtomicLong();

  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();
  private final Callback onTweetAck = (meta, error) -> acked(error, counters.sent);
  private final Callback onDeadLetterAck = (meta, error) -> acked(error, null);

  /**
   * @param source who rejects bad input, e.g. {@code tweet-ingestor/replay} (the dead letters'
   *     source)
   * @param dedupeCapacity how many distinct ids are remembered for "never sent twice", see {@link
   *     SeenIds}
   */
  public TweetPublisher(
      Producer<String, byte[]> producer,
      String tweetsTopic,
      String deadLetterTopic,
      String source,
      int dedupeCapacity,
      TimeSource time) {
    this.producer = producer;
    this.tweetsTopic = tweetsTopic;
    this.deadLetterTopic = deadLetterTopic;
    this.source = source;
    this.seen = new SeenIds(dedupeCapacity);
    this.time = time;
  }

  public Counters counters() {
    return counters;
  }

  /**
   * Sends a valid tweet whose id was not sent before; a tweet that fails {@link Tweet#problem()}
   * goes to the dead-letter topic with {@code payload} and {@code position}.
   *
   * @return whether the tweet was sent
   */
  public boolean publish(Tweet tweet, String payload, String position) {
    return publish(tweet, payload, position, null);
  }

  /**
   * As {@link #publish(Tweet, String, String)}, with record headers (the Bluesky source marks each
   * record with its Jetstream cursor, so a restart can resume from the topic itself).
   */
  public boolean publish(Tweet tweet, String payload, String position, Iterable<Header> headers) {
    String problem = tweet.problem();
    if (problem != null) {
      deadLetter(problem, payload, position);
      return false;
    }
    synchronized (seen) {
      if (!seen.add(tweet.id())) {
        counters.duplicates.incrementAndGet();
        return false;
      }
    }
    handOver(
        new ProducerRecord<>(
            tweetsTopic,
            null,
            tweet.createdAt(),
            Long.toString(tweet.id()),
            JsonCodec.TWEET.encode(tweet),
            headers),
        onTweetAck);
    return true;
  }

  /**
   * Takes {@code id} as sent by an earlier run (read back from the topic), so it is not sent again.
   */
  public void rememberSent(long id) {
    synchronized (seen) {
      seen.add(id);
    }
  }

  /** Records bad input with its reason and position ({@code file:line}, …) and counts it. */
  public void deadLetter(String reason, String payload, String position) {
    DeadLetter letter = DeadLetter.of(source, reason, payload, position, time.millis());
    counters.deadLettered.incrementAndGet();
    handOver(
        new ProducerRecord<>(
            deadLetterTopic, null, letter.time(), position, JsonCodec.DEAD_LETTER.encode(letter)),
        onDeadLetterAck);
  }

  private void handOver(ProducerRecord<String, byte[]> record, Callback ack) {
    unacknowledged.incrementAndGet();
    try {
      producer.send(record, ack);
    } catch (RuntimeException e) {
      unacknowledged.decrementAndGet(); // refused before it was queued: the callback never runs
      throw e;
    }
  }

  /** Records handed over whose acknowledgement (or failure) has not come yet. */
  public long unacknowledged() {
    return unacknowledged.get();
  }

  /** Waits until everything handed over so far is acknowledged (or failed). */
  public void flush() {
    producer.flush();
  }

  /**
   * Gives Kafka {@link #CLOSE_TIMEOUT} to acknowledge what it holds, then drops the rest (also
   * waking a send that waits for a broker that is gone) and logs how many records that was.
   * Idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) return;
    long pending = unacknowledged.get();
    long failedBefore = counters.failed.get();
    producer.close(CLOSE_TIMEOUT);
    long dropped = unacknowledged.get() + counters.failed.get() - failedBefore;
    if (dropped > 0) {
      LOG.warn(
          "closed the Kafka producer after {} s: {} of {} pending records were never acknowledged"
              + " and are dropped",
          CLOSE_TIMEOUT.toSeconds(),
          dropped,
          pending);
    }
  }

  private void acked(Exception error, AtomicLong success) {
    unacknowledged.decrementAndGet();
    if (error == null) {
      if (success != null) success.incrementAndGet();
      return;
    }
    long n = counters.failed.incrementAndGet();
    if (n <= MAX_LOGGED_FAILURES) {
      LOG.error("Kafka did not take a record: {}", error.toString());
    }
  }
}
