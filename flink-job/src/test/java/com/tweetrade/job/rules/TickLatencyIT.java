package com.tweetrade.job.rules;

import static com.tweetrade.job.KafkaTestClients.committedReader;
import static com.tweetrade.job.KafkaTestClients.producer;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.StackJobs;
import com.tweetrade.job.TestClusters;
import com.tweetrade.job.TweeTradeJob;
import com.tweetrade.job.config.JobConfig;
import com.tweetrade.job.config.RulesConfig;
import com.tweetrade.job.io.KafkaCassandraIo;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Trade;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 14's acceptance on real Kafka: an ON TICK price rule fires on the quote that makes it true,
 * within a second of it, and without any later event (so no pane close or watermark was involved).
 *
 * <p>The whole job runs unbounded on a MiniCluster with the production IO. The quotes topic stamps
 * records with the broker's append time and the trades topic keeps the sink's create time, so the
 * decision latency is read from Kafka itself: trade record timestamp minus the triggering quote's
 * append time (what {@code bin/tweetrade bench} reports as "decision latency"). A warm-up trade
 * first proves the job is running end to end, so start-up is not measured.
 */
@ExtendWith(RealStackExtension.class)
class TickLatencyIT {
  @RegisterExtension static final MiniClusterExtension FLINK = TestClusters.oneTaskManager(2);

  private static final Duration TIMEOUT = Duration.ofMinutes(2);
  private static final long DECISION_BOUND_MS = 1_000;

  @Test
  @Timeout(value = 6, unit = java.util.concurrent.TimeUnit.MINUTES)
  void shouldFireAPriceRuleWithinASecondOfTheQuoteThatMakesItTrue(RealStack stack)
      throws Exception {
    Map<String, String> appendTime = Map.of("message.timestamp.type", "LogAppendTime");
    String quotes = stack.createTopic("quotes", 1, appendTime);
    String tweets = stack.createTopic("tweets", 1, appendTime);
    String rules = stack.createTopic("rules", 1);
    String trades = stack.createTopic("trades", 1, Map.of("message.timestamp.type", "CreateTime"));
    String run = UUID.randomUUID().toString().substring(0, 8);
    JobConfig config =
        JobConfig.defaults()
            .withEndpoints(
                stack.kafkaBootstrap(), stack.cassandraContactPoint(), stack.createKeyspace())
            .withTopics(
                quotes,
                tweets,
                rules,
                stack.createTopic("aggregates", 1),
                stack.createTopic("dead-letters", 1))
            .withConsumerGroup("tick-it-" + run)
            .withRules(
                RulesConfig.defaults()
                    .withOutputs(trades, stack.createTopic("positions", 1), "tick-it-" + run));

    try (KafkaProducer<byte[], byte[]> producer = producer(stack.kafkaBootstrap());
        KafkaConsumer<byte[], byte[]> reader = committedReader(stack.kafkaBootstrap(), trades)) {
      long start = System.currentTimeMillis();
      send(
          producer,
          rules,
          "warm-up",
          JsonCodec.RULE_EVENT.encode(
              RuleEvent.create("warm-up", "carol", "WHEN price(AAPL) > 0 THEN BUY 1 AAPL", start)));
      send(
          producer,
          rules,
          "dip",
          JsonCodec.RULE_EVENT.encode(
              RuleEvent.create("dip", "carol", "WHEN price(ZBRA) < 190 THEN BUY 2 ZBRA", start)));
      producer.flush();

      StreamExecutionEnvironment env = StackJobs.checkpointing(Map.of());
      new TweeTradeJob(config, new KafkaCassandraIo(config)).attach(env);
      JobClient job = env.executeAsync("TickLatencyIT");
      try {
        // Warm-up: quotes keep coming until the first trade is committed, so the job is running.
        Trade warmUp = null;
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        for (int i = 0; warmUp == null && System.nanoTime() < deadline; i++) {
          send(
              producer,
              quotes,
              "AAPL",
              JsonCodec.QUOTE.encode(quote("AAPL", 10000, System.currentTimeMillis())));
          send(
              producer,
              quotes,
              "ZBRA",
              JsonCodec.QUOTE.encode(quote("ZBRA", 20000, System.currentTimeMillis())));
          producer.flush();
          warmUp =
              poll(reader, Duration.ofMillis(200)).stream()
                  .map(Timed::trade)
                  .findFirst()
                  .orElse(null);
        }
        assertThat(warmUp).as("the warm-up rule traded").isNotNull();
        assertThat(warmUp.ruleId()).isEqualTo("warm-up");

        // The dip: one quote below 190 and nothing after it.
        long tickTime = System.currentTimeMillis();
        RecordMetadata appended =
            producer
                .send(
                    new ProducerRecord<>(
                        quotes,
                        bytes("ZBRA"),
                        JsonCodec.QUOTE.encode(quote("ZBRA", 18000, tickTime))))
                .get();
        Timed dip = null;
        deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (dip == null && System.nanoTime() < deadline) {
          dip =
              poll(reader, Duration.ofMillis(200)).stream()
                  .filter(t -> t.trade().ruleId().equals("dip"))
                  .findFirst()
                  .orElse(null);
        }
        assertThat(dip).as("the dip rule traded with no event after its quote").isNotNull();
        assertThat(dip.trade().eventTime()).isEqualTo(tickTime);
        assertThat(dip.trade().trigger()).isEqualTo("quote:ZBRA@" + tickTime + "#0");
        assertThat(dip.trade().priceCents()).isEqualTo(18000);
        long decisionMs = dip.createTime() - appended.timestamp();
        System.out.println("TickLatencyIT: decision latency " + decisionMs + " ms");
        assertThat(decisionMs)
            .as("trade record time - quote append time, ms")
            .isBetween(0L, DECISION_BOUND_MS);
      } finally {
        job.cancel().get();
      }
    }
  }

  private record Timed(Trade trade, long createTime) {}

  private static List<Timed> poll(KafkaConsumer<byte[], byte[]> reader, Duration timeout)
      throws Exception {
    List<Timed> out = new java.util.ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : reader.poll(timeout)) {
      out.add(new Timed(JsonCodec.TRADE.decode(r.value()), r.timestamp()));
    }
    return out;
  }

  private static Quote quote(String ticker, long priceCents, long time) {
    return new Quote(ticker, priceCents, 10, priceCents - 1, priceCents + 1, time);
  }

  private static void send(
      KafkaProducer<byte[], byte[]> producer, String topic, String key, byte[] value) {
    producer.send(new ProducerRecord<>(topic, bytes(key), value));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
