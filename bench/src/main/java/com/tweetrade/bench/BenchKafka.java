package com.tweetrade.bench;

import com.tweetrade.model.access.Credentials;
import com.tweetrade.stack.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Small Kafka helpers for the bench: unique topics, producers, full reads, a group's committed
 * offsets.
 */
public final class BenchKafka {
  private final String bootstrap;
  private final Optional<Credentials> credentials;

  public BenchKafka(String bootstrap) {
    this(bootstrap, Optional.empty());
  }

  /** Signed in with {@code credentials} (the stack's admin) on a secured stack. */
  public BenchKafka(String bootstrap, Optional<Credentials> credentials) {
    this.bootstrap = bootstrap;
    this.credentials = credentials;
  }

  public String bootstrap() {
    return bootstrap;
  }

  /** Who the bench's clients and jobs sign in as, on a secured stack. */
  public Optional<Credentials> credentials() {
    return credentials;
  }

  /** Creates {@code prefix-<random>} with {@code partitions} partitions and returns its name. */
  public String createTopic(String prefix, int partitions, Map<String, String> configs) {
    String name = prefix + "-bench-" + UUID.randomUUID().toString().substring(0, 8);
    try (Admin admin = admin()) {
      admin
          .createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(configs)))
          .all()
          .get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("Cannot create topic " + name + " on " + bootstrap, e);
    }
    return name;
  }

  public Admin admin() {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000);
    return Admin.create(Credentials.addKafkaSignIn(p, credentials));
  }

  public KafkaProducer<byte[], byte[]> producer() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * 1024 * 1024);
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    return new KafkaProducer<>(
        Credentials.addKafkaSignIn(p, credentials),
        new ByteArraySerializer(),
        new ByteArraySerializer());
  }

  public KafkaConsumer<byte[], byte[]> consumer(boolean readCommitted) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * 1024 * 1024);
    if (readCommitted) p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return new KafkaConsumer<>(
        Credentials.addKafkaSignIn(p, credentials),
        new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
  }

  /** Every record of {@code topic} from the beginning to its current end. */
  public List<ConsumerRecord<byte[], byte[]>> readAll(
      String topic, boolean readCommitted, Duration timeout) {
    try (var consumer = consumer(readCommitted)) {
      return TopicReader.readToEnd(consumer, topic, timeout);
    }
  }

  /**
   * Sum over all partitions of {@code topic} of {@code group}'s committed offsets (0 where none).
   */
  public long committed(Admin admin, String group, String topic) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> offsets =
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    return offsets.entrySet().stream()
        .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
        .mapToLong(e -> e.getValue().offset())
        .sum();
  }

  static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
    return consumer.partitionsFor(topic).stream()
        .map(p -> new TopicPartition(topic, p.partition()))
        .toList();
  }

  /** Decodes our own output, which must decode: anything else is a bug worth stopping for. */
  static <T> T decode(com.tweetrade.model.JsonCodec<T> codec, byte[] value) {
    try {
      return codec.decode(value);
    } catch (com.tweetrade.model.MalformedEventException e) {
      throw new IllegalStateException("Undecodable output record: " + e.getMessage(), e);
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
