package com.tweetrade.quotes;

import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Topics;
import com.tweetrade.model.access.Credentials;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes quotes to a Kafka topic: key = ticker, value = {@link JsonCodec#QUOTE}, record timestamp =
 * event time.
 *
 * <p>Producer defaults favour throughput: batches of up to 256 KiB that wait up to 20 ms to fill,
 * LZ4 compression (JSON quotes of one batch share most of their bytes), and {@code acks=all} with
 * idempotence. On the single local broker {@code acks=all} costs no more than {@code acks=1} (the
 * leader is the only in-sync replica), and idempotence keeps retries from writing a quote twice,
 * which would distort the job's per-window averages. Any setting can be overridden. A failed send
 * is reported by the next {@link #send} or {@link #flush}, which then throw. Thread-safe.
 *
 * <p>{@link #close()} is bounded ({@link #CLOSE_TIMEOUT}) even when the broker is gone: it gives
 * the producer that long to deliver what it holds, then drops the rest and logs how many records
 * were never acknowledged (a flush without a bound blocked a stopped simulator for good).
 */
public final class KafkaQuoteSink implements QuoteSink {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaQuoteSink.class);

  /** How long a close waits for the broker to acknowledge what was handed over. */
  public static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

  private final KafkaProducer<byte[], byte[]> producer;
  private final String topic;
  private final String deadLetterTopic;
  private final Map<String, byte[]> keys = new ConcurrentHashMap<>();
  private final AtomicReference<Exception> failure = new AtomicReference<>();

  /**
   * Records handed to the producer, and those whose callback ran: the difference is what Kafka has
   * not acknowledged yet. Two counters, not one, so that the sending threads and Kafka's I/O thread
   * (nearly the only writer of {@code completed}) do not contend for one cache line at half a
   * million quotes a second.
   */
  private final LongAdder handed = new LongAdder();

  private final AtomicLong completed = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong closes = new AtomicLong();
  private final Callback callback =
      (metadata, exception) -> {
        completed.incrementAndGet();
        if (exception != null) {
          failed.incrementAndGet();
          failure.compareAndSet(null, exception);
        }
      };

  public KafkaQuoteSink(Properties producerConfig, String topic) {
    this(producerConfig, topic, Topics.DEAD_LETTERS);
  }

  public KafkaQuoteSink(Properties producerConfig, String topic, String deadLetterTopic) {
    this.producer =
        new KafkaProducer<>(producerConfig, new ByteArraySerializer(), new ByteArraySerializer());
    this.topic = topic;
    this.deadLetterTopic = deadLetterTopic;
  }

  /** Our defaults for {@code bootstrap}, then {@code overrides} on top. */
  public static Properties producerConfig(String bootstrap, Map<String, String> overrides) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "quote-simulator");
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(64L * 1024 * 1024));
    Credentials.addKafkaSignIn(props, Credentials.configured());
    props.putAll(overrides);
    return props;
  }

  @Override
  public void send(Quote quote) {
    throwIfFailed();
    byte[] key = keys.computeIfAbsent(quote.ticker(), t -> t.getBytes(StandardCharsets.UTF_8));
    handOver(
        new ProducerRecord<>(topic, null, quote.eventTime(), key, JsonCodec.QUOTE.encode(quote)));
  }

  @Override
  public void deadLetter(DeadLetter letter) {
    byte[] key = letter.position().getBytes(StandardCharsets.UTF_8);
    handOver(
        new ProducerRecord<>(
            deadLetterTopic, null, letter.time(), key, JsonCodec.DEAD_LETTER.encode(letter)));
  }

  private void handOver(ProducerRecord<byte[], byte[]> record) {
    handed.increment();
    try {
      producer.send(record, callback);
    } catch (RuntimeException e) {
      handed.decrement(); // refused before it was queued: the callback never runs
      throw e;
    }
  }

  /** Records handed over that the broker has not acknowledged (nor refused) yet. */
  public long unacknowledged() {
    return handed.sum() - completed.get();
  }

  /** Records the broker refused, or that were dropped at close. */
  public long failed() {
    return failed.get();
  }

  @Override
  public void flush() {
    producer.flush();
    throwIfFailed();
  }

  /** Idempotent; the second call (the shutdown hook after the loop's own) returns at once. */
  @Override
  public void close() {
    if (closes.getAndIncrement() > 0) return;
    long pending = unacknowledged();
    long failedBefore = failed.get();
    // close(timeout) delivers what it can within the bound, then fails the rest (their callbacks
    // run);
    // it also wakes a send() still waiting for the broker's metadata
    producer.close(CLOSE_TIMEOUT);
    long dropped = unacknowledged() + failed.get() - failedBefore;
    if (dropped > 0) {
      LOG.warn(
          "closed the Kafka producer after {} s: {} of {} pending records were never acknowledged"
              + " and are dropped",
          CLOSE_TIMEOUT.toSeconds(),
          dropped,
          pending);
    }
    throwIfFailed();
  }

  private void throwIfFailed() {
    Exception e = failure.get();
    if (e != null)
      throw new IllegalStateException(
          "sending to topic " + topic + " failed: " + e.getMessage(), e);
  }
}
