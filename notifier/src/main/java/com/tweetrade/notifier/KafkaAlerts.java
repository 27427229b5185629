package com.tweetrade.notifier;

import com.tweetrade.model.access.Credentials;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The notifier's alerts consumer, with its settings in one place. */
final class KafkaAlerts {
  /** Consumer group; the stack's ACLs give the notifier groups starting with "tweetrade". */
  static final String DEFAULT_GROUP = "tweetrade-notifier";

  /** Alerts per poll: a batch's offsets are committed once all of its alerts are settled. */
  static final int MAX_POLL_RECORDS = 100;

  /**
   * Above the longest a batch can take: one user's full backoff series (about 30 s by default) plus
   * one 3 s attempt for each of the batch's other alerts (about 5 minutes), with room to spare.
   */
  static final int MAX_POLL_INTERVAL_MS = 15 * 60 * 1000;

  private KafkaAlerts() {}

  /**
   * Reads committed alerts only (the job writes them in transactions), commits by hand, and starts
   * a new group at the earliest alert so none written before the first start is lost.
   */
  static Consumer<String, byte[]> consumer(
      String bootstrap, String group, Optional<Credentials> credentials) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "notifier");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS);
    p.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, MAX_POLL_INTERVAL_MS);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    Credentials.addKafkaSignIn(p, credentials);
    return new KafkaConsumer<>(p);
  }
}
