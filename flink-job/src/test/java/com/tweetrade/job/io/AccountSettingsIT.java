package com.tweetrade.job.io;

import static com.tweetrade.job.KafkaTestClients.committedReader;
import static com.tweetrade.job.KafkaTestClients.producer;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.tweetrade.job.StackJobs;
import com.tweetrade.job.TestClusters;
import com.tweetrade.job.TweeTradeJob;
import com.tweetrade.job.config.JobConfig;
import com.tweetrade.model.AccountSettings;
import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.EquityPoint;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Topics;
import com.tweetrade.model.tables.Tables.EquityHistory;
import com.tweetrade.stack.KafkaTopics;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 18 item 2 on real Kafka and Cassandra: the web UI's account settings reach the running job
 * from the accounts topic. A capital opens the user's account (its cash is in {@code
 * equityhistory}); one out of range goes to the dead letters with the reason and opens nothing.
 */
@ExtendWith(RealStackExtension.class)
class AccountSettingsIT {
  @RegisterExtension static final MiniClusterExtension FLINK = TestClusters.oneTaskManager(2);

  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void shouldOpenTheAccountWithTheSettingAndDeadLetterOneOutOfRange(RealStack stack)
      throws Exception {
    JobConfig config = StackJobs.freshConfig(stack, "accounts-it");
    // The job reads the product topic by its name; users unique to this run keep runs apart.
    KafkaTopics.createTestTopic(
        stack.kafkaBootstrap(), Topics.ACCOUNTS, 1, Map.of("cleanup.policy", "compact"));
    String run = UUID.randomUUID().toString().substring(0, 8);
    String alice = "alice-" + run;
    String bob = "bob-" + run;
    long now = System.currentTimeMillis();

    try (KafkaProducer<byte[], byte[]> producer = producer(stack.kafkaBootstrap());
        KafkaConsumer<byte[], byte[]> deadLetters =
            committedReader(stack.kafkaBootstrap(), config.deadLettersTopic());
        CqlSession cql = stack.cqlSession(config.keyspace())) {
      StreamExecutionEnvironment env = StackJobs.checkpointing(Map.of());
      new TweeTradeJob(config, new KafkaCassandraIo(config)).attach(env);
      JobClient job = env.executeAsync("AccountSettingsIT");
      try {
        send(producer, new AccountSettings(bob, 0, now));
        send(producer, new AccountSettings(alice, 123_456L, now));

        List<DeadLetter> refused = await(deadLetters);
        assertThat(refused)
            .singleElement()
            .satisfies(
                d -> {
                  assertThat(d.source()).isEqualTo("flink-job/accounts");
                  assertThat(d.reason())
                      .isEqualTo(
                          "starting capital must be more than $0.00, was $0.00 (user " + bob + ")");
                });
        assertThat(awaitCash(cql, alice, now)).isEqualTo(123_456L);
        assertThat(equityRow(cql, bob, now)).as("bob's account was not opened").isNull();
      } finally {
        job.cancel().get();
      }
    }
  }

  private static void send(KafkaProducer<byte[], byte[]> producer, AccountSettings s)
      throws Exception {
    producer
        .send(
            new ProducerRecord<>(
                Topics.ACCOUNTS,
                s.userId().getBytes(StandardCharsets.UTF_8),
                JsonCodec.ACCOUNT_SETTINGS.encode(s)))
        .get();
  }

  /** The first committed dead letter, and any other within a further two seconds. */
  private static List<DeadLetter> await(KafkaConsumer<byte[], byte[]> reader) throws Exception {
    List<DeadLetter> out = new ArrayList<>();
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (out.isEmpty() && System.nanoTime() < deadline) out.addAll(poll(reader, 500));
    out.addAll(poll(reader, 2_000));
    return out;
  }

  private static List<DeadLetter> poll(KafkaConsumer<byte[], byte[]> reader, long millis)
      throws Exception {
    List<DeadLetter> out = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : reader.poll(Duration.ofMillis(millis))) {
      out.add(JsonCodec.DEAD_LETTER.decode(r.value()));
    }
    return out;
  }

  private static long awaitCash(CqlSession cql, String user, long time) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    Row row = equityRow(cql, user, time);
    while (row == null && System.nanoTime() < deadline) {
      Thread.sleep(300);
      row = equityRow(cql, user, time);
    }
    assertThat(row).as("an equity row of " + user).isNotNull();
    return row.getLong(EquityHistory.CASH_CENTS);
  }

  /** The user's row of the minute of {@code time} (the setting's), or null. */
  private static Row equityRow(CqlSession cql, String user, long time) {
    long minute = EquityPoint.minuteOf(time);
    String day = LocalDate.ofInstant(Instant.ofEpochMilli(minute), ZoneOffset.UTC).toString();
    return cql.execute(
            "SELECT "
                + EquityHistory.CASH_CENTS
                + " FROM "
                + EquityHistory.TABLE.name()
                + " WHERE user_id = ? AND day = ? AND minute = ?",
            user,
            day,
            Instant.ofEpochMilli(minute))
        .one();
  }
}
