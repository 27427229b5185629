package com.tweetrade.job;

import static com.tweetrade.job.KafkaTestClients.committedReader;
import static com.tweetrade.job.KafkaTestClients.producer;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.config.JobConfig;
import com.tweetrade.job.config.LocalFlinkConfiguration;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Position;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Trade;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.settings.RestorePoints;
import com.tweetrade.stack.flink.FlinkRestClient;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 items 10 and 14: the local run as {@code up} starts it, stopped with a savepoint through
 * the REST API as {@code cluster savepoint --stop} does (the path comes back: the REST API outlives
 * the job), then resumed as {@code job --local --resume} does. A rule fires, the job stops, it
 * starts again: the position carries on from where it was, and the ONCE rule does not fire a second
 * time.
 */
@ExtendWith(RealStackExtension.class)
class LocalRunRestartIT {
  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  @Test
  @Timeout(value = 8, unit = java.util.concurrent.TimeUnit.MINUTES)
  void shouldKeepPositionsAndOnceRulesAcrossAStopWithSavepointAndAResume(
      RealStack stack, @TempDir Path home) throws Exception {
    JobConfig config = StackJobs.freshConfig(stack, "local-run-it");
    String quotes = config.quotesTopic();
    String rules = config.rulesTopic();
    String trades = config.rules().tradesTopic();
    String positions = config.rules().positionsTopic();
    Map<String, String> env = Map.of(LocalFlinkConfiguration.ENV_HOME, home.toString());

    try (KafkaProducer<byte[], byte[]> producer = producer(stack.kafkaBootstrap());
        KafkaConsumer<byte[], byte[]> tradeReader =
            committedReader(stack.kafkaBootstrap(), trades);
        KafkaConsumer<byte[], byte[]> positionReader =
            committedReader(stack.kafkaBootstrap(), positions)) {
      send(
          producer,
          rules,
          "once",
          JsonCodec.RULE_EVENT.encode(
              RuleEvent.create(
                  "once",
                  "dana",
                  "WHEN price(ZBRA) > 0 THEN BUY 5 ZBRA ONCE",
                  System.currentTimeMillis())));
      List<Trade> seen = new ArrayList<>();

      // First run: the ONCE rule buys 5.
      String savepoint;
      try (LocalRun first = LocalRun.start(config, flinkConf(env))) {
        CompletableFuture<Integer> ended = endInBackground(first);
        awaitTrades(producer, quotes, tradeReader, seen, t -> t.ruleId().equals("once"));
        assertThat(prometheusMetrics())
            .as("flink-conf's Prometheus reporter serves the job's own meters")
            .contains("flink_taskmanager_job_task_operator_rulesFired")
            .contains("flink_taskmanager_job_task_operator_eventToDecisionMs");
        savepoint =
            new FlinkRestClient(first.restAddress().toString())
                .stopWithSavepoint(first.jobId().toString(), null, TIMEOUT);
        assertThat(ended.get()).as("the stopped job's exit code").isZero();
      }
      assertThat(savepoint).contains(home.resolve("flink/savepoints").toString());
      assertThat(RestorePoints.latest(home.resolve("flink")))
          .map(Path::toString)
          .hasValueSatisfying(latest -> assertThat(savepoint).endsWith(latest));

      // Second run, resumed: a new ONCE rule buys 3 more; the first rule stays quiet.
      send(
          producer,
          rules,
          "more",
          JsonCodec.RULE_EVENT.encode(
              RuleEvent.create(
                  "more",
                  "dana",
                  "WHEN price(ZBRA) > 0 THEN BUY 3 ZBRA ONCE",
                  System.currentTimeMillis())));
      JobConfig resumed =
          config.withFromSavepoint(RestorePoints.latest(home.resolve("flink")).map(Path::toString));
      try (LocalRun second = LocalRun.start(resumed, flinkConf(env))) {
        awaitTrades(producer, quotes, tradeReader, seen, t -> t.ruleId().equals("more"));
        // More quotes and checkpoints: a reset ONCE rule would fire on them.
        for (int i = 0; i < 5; i++) {
          sendQuote(producer, quotes);
          Thread.sleep(1_000);
        }
        seen.addAll(poll(tradeReader, JsonCodec.TRADE, Duration.ofSeconds(3)));
      }

      assertThat(seen).extracting(Trade::ruleId).containsExactlyInAnyOrder("once", "more");
      List<Position> zbra = poll(positionReader, JsonCodec.POSITION, Duration.ofSeconds(5));
      assertThat(zbra).isNotEmpty();
      assertThat(zbra.get(zbra.size() - 1).quantity())
          .as("5 bought before the restart, 3 after")
          .isEqualTo(8);
    }
  }

  /** The project's Flink configuration for the local run, with a random REST port. */
  private static Configuration flinkConf(Map<String, String> env) {
    Configuration conf = LocalFlinkConfiguration.load(env, Optional.empty());
    conf.set(RestOptions.PORT, 0);
    return conf;
  }

  /**
   * What {@code job --local} does after the start: wait for the end, keep the REST API up a while.
   */
  private static CompletableFuture<Integer> endInBackground(LocalRun run) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return run.awaitEnd(LocalRun.LINGER);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** The first answer of config.yaml's reporter ports (9249-9259) that has the job's metrics. */
  private static String prometheusMetrics() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    for (int port = 9249; port <= 9259; port++) {
      try {
        String body =
            http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body();
        if (body.contains("rulesFired")) return body;
      } catch (java.io.IOException nothingThere) {
        // next port
      }
    }
    return "";
  }

  /** Sends a ZBRA quote a second until a committed trade matches. */
  private static void awaitTrades(
      KafkaProducer<byte[], byte[]> producer,
      String quotes,
      KafkaConsumer<byte[], byte[]> reader,
      List<Trade> seen,
      Predicate<Trade> wanted)
      throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (seen.stream().noneMatch(wanted) && System.nanoTime() < deadline) {
      sendQuote(producer, quotes);
      seen.addAll(poll(reader, JsonCodec.TRADE, Duration.ofSeconds(1)));
    }
    assertThat(seen).as("trades so far").anyMatch(wanted);
  }

  private static void sendQuote(KafkaProducer<byte[], byte[]> producer, String quotes)
      throws Exception {
    long now = System.currentTimeMillis();
    send(
        producer,
        quotes,
        "ZBRA",
        JsonCodec.QUOTE.encode(new Quote("ZBRA", 20_000, 10, 19_999, 20_001, now)));
  }

  private static void send(
      KafkaProducer<byte[], byte[]> producer, String topic, String key, byte[] value)
      throws Exception {
    producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value)).get();
  }

  private static <T> List<T> poll(
      KafkaConsumer<byte[], byte[]> reader, JsonCodec<T> codec, Duration timeout) throws Exception {
    List<T> out = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : reader.poll(timeout)) out.add(codec.decode(r.value()));
    return out;
  }
}
