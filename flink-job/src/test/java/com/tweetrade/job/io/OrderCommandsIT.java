package com.tweetrade.job.io;

import static com.tweetrade.job.KafkaTestClients.committedReader;
import static com.tweetrade.job.KafkaTestClients.orderedProducer;
import static com.tweetrade.job.KafkaTestClients.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.tweetrade.job.StackJobs;
import com.tweetrade.job.TestClusters;
import com.tweetrade.job.TweeTradeJob;
import com.tweetrade.job.config.JobConfig;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.OrderCommand;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Topics;
import com.tweetrade.model.Trade;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.stack.KafkaTopics;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * Issue 18 item 4 on real Kafka and Cassandra: the web UI's cancel requests reach the running job
 * from the order-commands topic. A limit order rests (its {@code openorders} row OPEN); a request
 * naming it from another user changes nothing; its owner's request cancels it: the row turns
 * CANCELLED (and expires in a week, where the OPEN row did not) and the trade topic gets the order
 * once, CANCELLED at the owner's request time.
 */
@ExtendWith(RealStackExtension.class)
class OrderCommandsIT {
  @RegisterExtension static final MiniClusterExtension FLINK = TestClusters.oneTaskManager(2);

  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void shouldCancelARestingOrderForItsOwnerOnly(RealStack stack) throws Exception {
    JobConfig config = StackJobs.freshConfig(stack, "order-commands-it");
    // The job reads the product topic by its name; a user unique to this run keeps runs apart.
    KafkaTopics.createTestTopic(stack.kafkaBootstrap(), Topics.ORDER_COMMANDS, 3, Map.of());
    String carol = "carol-" + UUID.randomUUID().toString().substring(0, 8);
    long now = System.currentTimeMillis();
    RuleEvent rule =
        RuleEvent.create(
            "l1-" + carol, carol, "WHEN price(TSLA) > 0 THEN BUY 5 TSLA AT LIMIT 100 ONCE", now);

    try (KafkaProducer<byte[], byte[]> producer = orderedProducer(stack.kafkaBootstrap());
        KafkaConsumer<byte[], byte[]> trades =
            committedReader(stack.kafkaBootstrap(), config.rules().tradesTopic());
        CqlSession cql = stack.cqlSession(config.keyspace())) {
      StreamExecutionEnvironment env = StackJobs.checkpointing(Map.of());
      new TweeTradeJob(config, new KafkaCassandraIo(config)).attach(env);
      JobClient job = env.executeAsync("OrderCommandsIT");
      try {
        send(producer, config.rulesTopic(), 0, rule.ruleId(), JsonCodec.RULE_EVENT.encode(rule));
        // TSLA at $200: the buy limit at $100 rests.
        for (int i = 0; i < 3; i++) {
          Quote q = new Quote("TSLA", 20_000, 10, 19_999, 20_001, now - 3_000 + i * 1_000L);
          send(producer, config.quotesTopic(), 0, "TSLA", JsonCodec.QUOTE.encode(q));
        }
        producer.flush();
        String orderId = awaitOrder(cql, carol, "OPEN").getString("order_id");
        assertThat(statusTtl(cql, carol)).as("a resting order's row does not expire").isNull();

        // Request times are the wall clock, as the web UI's (a later time is future-dated).
        long mallorysAt = System.currentTimeMillis();
        sendCommand(producer, new OrderCommand("mallory", orderId, "TSLA", mallorysAt));
        long carolsAt = mallorysAt + 1;
        Thread.sleep(5);
        sendCommand(producer, new OrderCommand(carol, orderId, "TSLA", carolsAt));

        assertThat(awaitOrder(cql, carol, "CANCELLED").getLong("fill_price_cents")).isZero();
        assertThat(statusTtl(cql, carol))
            .as("an ended order's row expires after a week")
            .isBetween(
                OpenOrderRowFunction.ENDED_ROW_TTL_SECONDS - 600,
                OpenOrderRowFunction.ENDED_ROW_TTL_SECONDS);
        List<Trade> ended = awaitTrades(trades, carol);
        assertThat(ended)
            .singleElement()
            .satisfies(
                t -> {
                  assertThat(t.id()).isEqualTo(orderId);
                  assertThat(t.status()).isEqualTo("CANCELLED");
                  assertThat(t.reason()).isEqualTo("limit 100.00 cancelled by its owner");
                  // Cancelled by carol's request, not mallory's earlier one.
                  assertThat(t.eventTime()).isEqualTo(carolsAt);
                });
      } finally {
        job.cancel().get();
      }
    }
  }

  private static void sendCommand(KafkaProducer<byte[], byte[]> producer, OrderCommand c)
      throws Exception {
    // Keyed by ticker, as the web UI sends it: one partition, so mallory's comes first.
    producer
        .send(
            new ProducerRecord<>(
                Topics.ORDER_COMMANDS,
                c.ticker().getBytes(StandardCharsets.UTF_8),
                JsonCodec.ORDER_COMMAND.encode(c)))
        .get();
  }

  /** Seconds until {@code user}'s order row expires, or null if it does not. */
  private static Integer statusTtl(CqlSession cql, String user) {
    Row row = cql.execute("SELECT TTL(status) FROM openorders WHERE user_id = ?", user).one();
    return row.isNull(0) ? null : row.getInt(0);
  }

  /** Waits until {@code user}'s one row in {@code openorders} has {@code status}. */
  private static Row awaitOrder(CqlSession cql, String user, String status) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    List<Row> rows = List.of();
    while (System.nanoTime() < deadline) {
      rows = cql.execute("SELECT * FROM openorders WHERE user_id = ?", user).all();
      if (rows.size() == 1 && status.equals(rows.get(0).getString("status"))) return rows.get(0);
      Thread.sleep(300);
    }
    throw new AssertionError(
        user
            + "'s order is not "
            + status
            + " within "
            + TIMEOUT
            + ": "
            + rows.stream().map(r -> r.getString("status")).toList());
  }

  /** The committed trades of {@code user}: the first, and any other within two more seconds. */
  private static List<Trade> awaitTrades(KafkaConsumer<byte[], byte[]> reader, String user)
      throws Exception {
    List<Trade> out = new ArrayList<>();
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (out.isEmpty() && System.nanoTime() < deadline) out.addAll(poll(reader, user, 500));
    out.addAll(poll(reader, user, 2_000));
    return out;
  }

  private static List<Trade> poll(KafkaConsumer<byte[], byte[]> reader, String user, long ms)
      throws Exception {
    List<Trade> out = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : reader.poll(Duration.ofMillis(ms))) {
      Trade t = JsonCodec.TRADE.decode(r.value());
      if (t.userId().equals(user)) out.add(t);
    }
    return out;
  }
}
