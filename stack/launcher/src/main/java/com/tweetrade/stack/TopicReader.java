package com.tweetrade.stack;

import com.tweetrade.model.access.Credentials;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a topic from its beginning to its end as of the start of the read: what tests and tools
 * check a topic's contents with (part of the stack's public API).
 *
 * <p>The end is each partition's end offset when the read starts (with {@code readCommitted}, the
 * last stable offset), so a read finishes even while producers keep writing; a read that cannot
 * reach it in {@code timeout} fails and says how far it got.
 */
public final class TopicReader {
  private TopicReader() {}

  /**
   * Every record of {@code topic}, partition by partition in offset order, read with a group-less
   * consumer.
   */
  public static List<ConsumerRecord<byte[], byte[]>> readToEnd(
      String bootstrap,
      Optional<Credentials> credentials,
      String topic,
      boolean readCommitted,
      Duration timeout) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * 1024 * 1024);
    if (readCommitted) p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    Credentials.addKafkaSignIn(p, credentials);
    try (var consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      return readToEnd(consumer, topic, timeout);
    }
  }

  /**
   * {@link #readToEnd(String, Optional, String, boolean, Duration)} with {@code consumer} (not
   * closed here).
   */
  public static <K, V> List<ConsumerRecord<K, V>> readToEnd(
      Consumer<K, V> consumer, String topic, Duration timeout) {
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic).stream()
            .map(info -> new TopicPartition(topic, info.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    List<ConsumerRecord<K, V>> out = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "Timed out after "
                + timeout.toSeconds()
                + " s reading "
                + topic
                + " to its end "
                + end
                + ": "
                + out.size()
                + " records read");
      }
      consumer.poll(Duration.ofMillis(200)).forEach(out::add);
    }
    return out;
  }
}
