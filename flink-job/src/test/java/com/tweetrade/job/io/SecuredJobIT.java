package com.tweetrade.job.io;

import static com.tweetrade.job.KafkaTestClients.committedReader;
import static com.tweetrade.job.KafkaTestClients.producer;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.tweetrade.job.Fixtures;
import com.tweetrade.job.TestClusters;
import com.tweetrade.job.TweeTradeJob;
import com.tweetrade.job.config.JobConfig;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Topics;
import com.tweetrade.model.Trade;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.stack.Cql;
import com.tweetrade.stack.LocalStack;
import com.tweetrade.stack.ProjectRoot;
import com.tweetrade.stack.StackAccess;
import com.tweetrade.stack.StackSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole job on a secured stack (what `up` runs): it signs in as {@code flink-job} and its ACLs
 * and grants are enough for every source and sink, including the exactly-once trades (transactions)
 * and the Cassandra tables; the rule comes from the UI's principal and the quotes from the
 * simulator's, each with the rights the stack gives it and no more.
 */
class SecuredJobIT {
  @RegisterExtension static final MiniClusterExtension FLINK = TestClusters.oneTaskManager(2);

  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  @Test
  @Timeout(value = 8, unit = TimeUnit.MINUTES)
  void shouldTradeSignedInAsItselfWithTheRightsTheStackGivesIt() throws Exception {
    Path home = Files.createDirectories(Path.of("target", "secured-job-it-" + System.nanoTime()));
    StackSettings settings = StackSettings.randomPorts(home).withSecurity(true);
    try (LocalStack stack = LocalStack.start(settings, true, ProjectRoot.find())) {
      StackAccess access = stack.access().orElseThrow();
      String bootstrap = stack.kafkaBootstrap();
      JobConfig config =
          JobConfig.defaults()
              .withEndpoints(bootstrap, stack.cassandraContactPoint(), Cql.KEYSPACE)
              .withCredentials(access.of("flink-job"));
      long start = System.currentTimeMillis();

      try (KafkaProducer<byte[], byte[]> ui = producer(bootstrap, 1 << 20, access.of("vaadin-ui"));
          KafkaProducer<byte[], byte[]> quotes =
              producer(bootstrap, 1 << 20, access.of("quote-simulator"));
          KafkaConsumer<byte[], byte[]> reader =
              committedReader(bootstrap, Topics.TRADES, Optional.of(access.admin()))) {
        // The product's trades topic has several partitions: read them all.
        List<TopicPartition> partitions =
            reader.partitionsFor(Topics.TRADES).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        reader.assign(partitions);
        reader.seekToBeginning(partitions);
        ui.send(
                new ProducerRecord<>(
                    Topics.RULES,
                    bytes("secured"),
                    JsonCodec.RULE_EVENT.encode(
                        RuleEvent.create(
                            "secured", "carol", "WHEN price(AAPL) > 0 THEN BUY 1 AAPL", start))))
            .get();

        Configuration conf =
            Configuration.fromMap(
                Map.of(
                    "restart-strategy.type",
                        "none", // an authorization failure must fail the test, not loop
                    "pipeline.generic-types", "false"));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.configure(conf);
        env.enableCheckpointing(500); // the exactly-once trades sink commits only at checkpoints
        env.setParallelism(2);
        new TweeTradeJob(config, new KafkaCassandraIo(config)).attach(env);
        JobClient job = env.executeAsync("SecuredJobIT");
        try {
          Trade trade = awaitTrade(job, quotes, reader);
          assertThat(trade.userId()).isEqualTo("carol");
          assertThat(trade.ticker()).isEqualTo("AAPL");
          try (CqlSession admin =
              Cql.session(
                  stack.cassandraContactPoint(), Cql.KEYSPACE, Optional.of(access.admin()))) {
            assertThat(awaitRow(admin, trade))
                .as("the trade in Cassandra, written as flink-job")
                .isTrue();
          }
        } finally {
          job.cancel().get();
        }
      }
    }
  }

  /**
   * Sends an AAPL quote (as the simulator) every half second until a committed trade is on the
   * topic.
   */
  private static Trade awaitTrade(
      JobClient job, KafkaProducer<byte[], byte[]> quotes, KafkaConsumer<byte[], byte[]> reader)
      throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    List<Trade> trades = new ArrayList<>();
    while (trades.isEmpty() && System.nanoTime() < deadline) {
      if (job.getJobStatus().get().isGloballyTerminalState()) {
        job.getJobExecutionResult().get(); // throws the job's failure, e.g. an authorization error
        throw new AssertionError("the job ended without a trade");
      }
      quotes
          .send(
              new ProducerRecord<>(
                  Topics.QUOTES,
                  bytes("AAPL"),
                  JsonCodec.QUOTE.encode(
                      Fixtures.quote("AAPL", 17_000, 10, System.currentTimeMillis()))))
          .get();
      for (ConsumerRecord<byte[], byte[]> r : reader.poll(Duration.ofMillis(500))) {
        trades.add(JsonCodec.TRADE.decode(r.value()));
      }
    }
    assertThat(trades).as("a trade within " + TIMEOUT).isNotEmpty();
    return trades.get(0);
  }

  private static boolean awaitRow(CqlSession admin, Trade trade) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (admin
              .execute(
                  "SELECT trade_id FROM trades WHERE user_id = ? AND day = ?",
                  trade.userId(),
                  CassandraSinks.day(trade.eventTime()))
              .one()
          != null) {
        return true;
      }
      Thread.sleep(500);
    }
    return false;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
