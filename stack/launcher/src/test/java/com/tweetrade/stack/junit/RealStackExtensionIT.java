package com.tweetrade.stack.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Messages and rows really travel through the broker and the node the extension starts. */
@ExtendWith(RealStackExtension.class)
class RealStackExtensionIT {
  private static final Duration POLL_LIMIT = Duration.ofSeconds(60);

  @Test
  void shouldRoundTripAMessageThroughTheRealBroker(RealStack stack) throws Exception {
    String topic = stack.createTopic("roundtrip", 3);
    // A timestamp from 2015: test topics must keep old records (retention.ms=-1).
    long oldTimestamp = Instant.parse("2015-03-01T12:00:00Z").toEpochMilli();

    try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps(stack))) {
      producer.send(new ProducerRecord<>(topic, null, oldTimestamp, "TSLA", "{\"price\":1}")).get();
      producer.send(new ProducerRecord<>(topic, "AAPL", "{\"price\":2}")).get();
    }

    List<ConsumerRecord<String, String>> received = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps(stack))) {
      consumer.subscribe(List.of(topic));
      Instant deadline = Instant.now().plus(POLL_LIMIT);
      while (received.size() < 2 && Instant.now().isBefore(deadline)) {
        consumer.poll(Duration.ofMillis(500)).forEach(received::add);
      }
    }
    assertThat(received).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("TSLA", "AAPL");
    assertThat(received)
        .filteredOn(r -> r.key().equals("TSLA"))
        .first()
        .satisfies(
            r -> {
              assertThat(r.value()).isEqualTo("{\"price\":1}");
              assertThat(r.timestamp()).isEqualTo(oldTimestamp);
            });
  }

  @Test
  void shouldCreateUniqueTopicsWithTheRequestedPartitions(RealStack stack) throws Exception {
    String first = stack.createTopic("quotes", 6);
    String second = stack.createTopic("quotes", 1);

    assertThat(first).startsWith("quotes-it-").isNotEqualTo(second);
    try (Admin admin =
        Admin.create(
            Map.<String, Object>of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
      Map<String, Integer> partitions =
          admin.describeTopics(List.of(first, second)).allTopicNames().get().entrySet().stream()
              .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().partitions().size()));
      assertThat(partitions).containsEntry(first, 6).containsEntry(second, 1);
    }
  }

  @Test
  void shouldRoundTripARowThroughTheRealCassandraNode(RealStack stack) {
    String keyspace = stack.createKeyspace();

    try (CqlSession session = stack.cqlSession(keyspace)) {
      session.execute(
          "INSERT INTO userTable (username, password_hash, display_name, roles, created_at) VALUES"
              + " (?, ?, ?, ?, ?)",
          "alice",
          "$2a$10$hash",
          "Alice",
          Set.of("USER"),
          Instant.parse("2025-01-02T03:04:05Z"));
      Row row =
          session
              .execute(
                  "SELECT display_name, roles, created_at FROM userTable WHERE username = 'alice'")
              .one();

      assertThat(row).isNotNull();
      assertThat(row.getString("display_name")).isEqualTo("Alice");
      assertThat(row.getSet("roles", String.class)).containsExactly("USER");
      assertThat(row.getInstant("created_at")).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
    }
  }

  @Test
  void shouldGiveEachTestItsOwnKeyspaceWithAllTablesOfTheSchema(RealStack stack) {
    String first = stack.createKeyspace();
    String second = stack.createKeyspace();

    assertThat(first).isNotEqualTo(second);
    try (CqlSession session = stack.cqlSession(null)) {
      List<String> tables =
          session
              .execute(
                  "SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?", second)
              .all()
              .stream()
              .map(r -> r.getString("table_name"))
              .toList();
      assertThat(tables)
          .contains("usertable", "stocktimeseries", "twitterkeysentiments", "userlogic", "trades");
      session.execute(
          "INSERT INTO "
              + first
              + ".userLogic (user_id, rule_id, rule_text) VALUES ('u', 'r', 'x')");
      assertThat(session.execute("SELECT * FROM " + second + ".userLogic").all()).isEmpty();
    }
  }

  private static Properties producerProps(RealStack stack) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    return props;
  }

  private static Properties consumerProps(RealStack stack) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + System.nanoTime());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    return props;
  }
}
