package com.tweetrade.quotes;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

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
 */
public final class KafkaQuoteSink implements QuoteSink {
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final KafkaProducer<byte[], byte[]> producer;
  private final String topic;
  private final Map<String, byte[]> keys = new ConcurrentHashMap<>();
  private final AtomicReference<Exception> failure = new AtomicReference<>();
  private final Callback callback =
      (metadata, exception) -> {
        if (exception != null) failure.compareAndSet(null, exception);
      };

  public KafkaQuoteSink(Properties producerConfig, String topic) {
    this.producer = new KafkaProducer<>(producerConfig, new ByteArraySerializer(), new ByteArraySerializer());
    this.topic = topic;
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
    props.putAll(overrides);
    return props;
  }

  @Override
  public void send(Quote quote) {
    throwIfFailed();
    byte[] key = keys.computeIfAbsent(quote.ticker(), t -> t.getBytes(StandardCharsets.UTF_8));
    producer.send(
        new ProducerRecord<>(topic, null, quote.eventTime(), key, JsonCodec.QUOTE.encode(quote)), callback);
  }

  @Override
  public void flush() {
    producer.flush();
    throwIfFailed();
  }

  @Override
  public void close() {
    try {
      producer.flush();
    } finally {
      producer.close(CLOSE_TIMEOUT);
    }
    throwIfFailed();
  }

  private void throwIfFailed() {
    Exception e = failure.get();
    if (e != null) throw new IllegalStateException("sending to topic " + topic + " failed: " + e.getMessage(), e);
  }
}
