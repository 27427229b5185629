package com.tweetrade.job;

import com.tweetrade.model.access.Credentials;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** The raw Kafka clients of the job's integration tests. */
public final class KafkaTestClients {
  private KafkaTestClients() {}

  /**
   * A producer that waits for every replica: a test's input is on the topic once a send returns.
   */
  public static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
    return producer(bootstrap, 1024 * 1024);
  }

  /** As {@link #producer(String)}, sending records up to {@code maxRequestBytes}. */
  public static KafkaProducer<byte[], byte[]> producer(String bootstrap, int maxRequestBytes) {
    return producer(bootstrap, maxRequestBytes, Optional.empty());
  }

  /** As {@link #producer(String)}, signed in with {@code credentials} on a secured stack. */
  public static KafkaProducer<byte[], byte[]> producer(
      String bootstrap, int maxRequestBytes, Optional<Credentials> credentials) {
    Properties props = Credentials.addKafkaSignIn(new Properties(), credentials);
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(maxRequestBytes));
    return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  /**
   * A producer that waits for every replica and has one request in flight: the records of a
   * partition arrive in the order they were sent.
   */
  public static KafkaProducer<byte[], byte[]> orderedProducer(String bootstrap) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  /** Sends {@code value} to {@code partition} of {@code topic} under {@code key}, not waiting. */
  public static void send(
      KafkaProducer<byte[], byte[]> producer,
      String topic,
      int partition,
      String key,
      byte[] value) {
    producer.send(
        new ProducerRecord<>(topic, partition, key.getBytes(StandardCharsets.UTF_8), value));
  }

  /**
   * A {@code read_committed} reader of partition 0 of {@code topic} from its start: it sees what
   * the job's exactly-once sinks committed, each record once.
   */
  public static KafkaConsumer<byte[], byte[]> committedReader(String bootstrap, String topic) {
    return committedReader(bootstrap, topic, Optional.empty());
  }

  /**
   * As {@link #committedReader(String, String)}, signed in with {@code credentials} on a secured
   * stack.
   */
  public static KafkaConsumer<byte[], byte[]> committedReader(
      String bootstrap, String topic, Optional<Credentials> credentials) {
    return fromStart(
        committedConsumer(bootstrap, credentials), List.of(new TopicPartition(topic, 0)));
  }

  /** As {@link #committedReader(String, String)}, of every partition of {@code topic}. */
  public static KafkaConsumer<byte[], byte[]> committedReaderOfAll(String bootstrap, String topic) {
    return committedReaderOfAll(bootstrap, topic, Optional.empty());
  }

  /** As {@link #committedReaderOfAll(String, String)}, signed in with {@code credentials}. */
  public static KafkaConsumer<byte[], byte[]> committedReaderOfAll(
      String bootstrap, String topic, Optional<Credentials> credentials) {
    KafkaConsumer<byte[], byte[]> consumer = committedConsumer(bootstrap, credentials);
    return fromStart(
        consumer,
        consumer.partitionsFor(topic).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList());
  }

  private static KafkaConsumer<byte[], byte[]> committedConsumer(
      String bootstrap, Optional<Credentials> credentials) {
    Properties props = Credentials.addKafkaSignIn(new Properties(), credentials);
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  private static KafkaConsumer<byte[], byte[]> fromStart(
      KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions) {
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    return consumer;
  }
}
