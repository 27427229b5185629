package com.tweetrade.job.io;

import com.tweetrade.model.JsonCodec;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Writes records as JSON with a key and a {@code type} header.
 *
 * <p>The Kafka timestamp is left to the producer (wall clock): event-time timestamps of old windows
 * would put the records under the topic's retention at once.
 */
public class JsonRecordSerializer<T> implements KafkaRecordSerializationSchema<T> {
  private static final long serialVersionUID = 1L;

  /** Header that names the record type, e.g. {@code PriceAggregate}. */
  public static final String TYPE_HEADER = "type";

  /** Derives the record key. */
  @FunctionalInterface
  public interface KeyOf<T> extends Serializable {
    String of(T value);
  }

  private final String topic;
  private final JsonCodec<T> codec;
  private final KeyOf<T> key;

  public JsonRecordSerializer(String topic, JsonCodec<T> codec, KeyOf<T> key) {
    this.topic = topic;
    this.codec = codec;
    this.key = key;
  }

  @Override
  public ProducerRecord<byte[], byte[]> serialize(
      T value, KafkaSinkContext context, Long timestamp) {
    RecordHeaders headers = new RecordHeaders();
    headers.add(TYPE_HEADER, codec.type().getSimpleName().getBytes(StandardCharsets.UTF_8));
    return new ProducerRecord<>(
        topic,
        null,
        null,
        key.of(value).getBytes(StandardCharsets.UTF_8),
        codec.encode(value),
        headers);
  }
}
