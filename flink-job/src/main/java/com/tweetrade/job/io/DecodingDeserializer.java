package com.tweetrade.job.io;

import com.tweetrade.job.analytics.Decoded;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.MalformedEventException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Decodes Kafka records into {@link Decoded} events and never throws, so no input can fail the job.
 *
 * <p>Decoding here rather than in a later operator lets the source's watermark generator, which
 * runs per Kafka partition, see each event's own time.
 */
public class DecodingDeserializer<T> implements KafkaRecordDeserializationSchema<Decoded<T>> {
  private static final long serialVersionUID = 1L;

  private final JsonCodec<T> codec;
  private final EventTimeOf<T> eventTime;
  private final TypeInformation<Decoded<T>> producedType;

  public DecodingDeserializer(
      JsonCodec<T> codec, EventTimeOf<T> eventTime, TypeInformation<Decoded<T>> type) {
    this.codec = codec;
    this.eventTime = eventTime;
    this.producedType = type;
  }

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Decoded<T>> out) {
    // Collect outside the try: the collector runs the chained operators after the source, and their
    // failures must fail the task (and restart it), not turn a good record into a dead letter.
    out.collect(decode(record));
  }

  private Decoded<T> decode(ConsumerRecord<byte[], byte[]> record) {
    String position = record.topic() + "-" + record.partition() + "@" + record.offset();
    try {
      T value = codec.decode(record.value());
      return Decoded.ok(value, position, eventTime.of(value));
    } catch (MalformedEventException e) {
      return Decoded.failed(e.getMessage(), text(record.value()), position);
    } catch (RuntimeException e) {
      // A codec bug must not stop the job either; the record is kept with what went wrong.
      return Decoded.failed("cannot decode: " + e, text(record.value()), position);
    }
  }

  @Override
  public TypeInformation<Decoded<T>> getProducedType() {
    return producedType;
  }

  private static String text(byte[] value) {
    return value == null ? "" : new String(value, StandardCharsets.UTF_8);
  }
}
