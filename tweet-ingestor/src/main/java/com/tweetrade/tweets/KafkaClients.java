package com.tweetrade.tweets;

import com.tweetrade.model.access.Credentials;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The Kafka producer and rules consumer the ingestor uses, with their settings in one place. */
public final class KafkaClients {
  private KafkaClients() {}

  /**
   * An idempotent producer ({@code acks=all}), so a retry after a lost acknowledgement does not
   * write a tweet twice; batching and lz4 keep replay at {@code max} speed cheap.
   */
  public static Producer<String, byte[]> producer(String bootstrap) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "tweet-ingestor");
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 10);
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    // a send waiting for an unreachable broker must give up before Ctrl-C's 40 s wait does
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    Credentials.addKafkaSignIn(p, Credentials.configured());
    return new KafkaProducer<>(p);
  }

  /** A group-less consumer for the rules topic; the caller assigns partitions itself. */
  public static Consumer<String, byte[]> rulesConsumer(String bootstrap) {
    return groupLessConsumer(bootstrap, "tweet-ingestor-rules");
  }

  /**
   * A group-less consumer that commits nothing (rules, or the tail of the tweets topic at start).
   */
  public static Consumer<String, byte[]> groupLessConsumer(String bootstrap, String clientId) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    Credentials.addKafkaSignIn(p, Credentials.configured());
    return new KafkaConsumer<>(p);
  }
}
