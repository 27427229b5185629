package com.tweetrade.bench.job;

import static com.tweetrade.bench.job.JobBenchFixtures.T0;
import static com.tweetrade.bench.job.JobBenchFixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.Analytics;
import com.tweetrade.job.Inputs;
import com.tweetrade.job.JobSettings;
import com.tweetrade.job.TweeTradeJob;
import com.tweetrade.job.config.JobConfig;
import com.tweetrade.job.io.KafkaCassandraIo;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.tickers.TickerDirectory;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Benchmark, not a test: sustained quotes/s through the analytics part of the job (Kafka source,
 * decoding, watermarks, routing, panes, 1m/5m/15m windows) next to the rate of a plain
 * KafkaConsumer reading the same topic, in the same run. Writes {@code
 * bench/target/bench/analytics-throughput.txt}.
 *
 * <p>Run: {@code bin/tweetrade bench run analytics-throughput [-Dbench.quotes=2000000]}. Its name
 * matches neither the unit nor the integration test pattern, so the normal build never runs it.
 */
@ExtendWith(RealStackExtension.class)
class AnalyticsThroughputBenchmark {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static final int QUOTES = Integer.getInteger("bench.quotes", 2_000_000);
  private static final int PARTITIONS = 2;

  @Test
  void measure(RealStack stack) throws Exception {
    String topic = stack.createTopic("bench-quotes", PARTITIONS);
    long produceStart = System.nanoTime();
    produce(stack.kafkaBootstrap(), topic);
    double produceSeconds = (System.nanoTime() - produceStart) / 1e9;

    double consumerRate = plainConsumerRate(stack.kafkaBootstrap(), topic);
    double[] flink = flinkRate(stack, topic);

    String report =
        String.join(
            "\n",
            "# Analytics throughput"
                + " (bench/src/test/java/com/tweetrade/bench/job/AnalyticsThroughputBenchmark.java)",
            "date: " + Instant.now(),
            "machine: "
                + Runtime.getRuntime().availableProcessors()
                + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MiB",
            "quotes: "
                + QUOTES
                + " on "
                + PARTITIONS
                + " partitions, "
                + TickerDirectory.stocknet().size()
                + " tickers (produced at "
                + Math.round(QUOTES / produceSeconds)
                + " quotes/s)",
            "plain KafkaConsumer (poll, no decoding): " + Math.round(consumerRate) + " quotes/s",
            "flink analytics, parallelism 2, wall clock incl. job start: "
                + Math.round(flink[0])
                + " quotes/s",
            "flink analytics, parallelism 2, job net runtime: "
                + Math.round(flink[1])
                + " quotes/s",
            String.format(
                "ratio flink (net runtime) / plain consumer: %.3f", flink[1] / consumerRate),
            "");
    Path out = Path.of("target/bench/analytics-throughput.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.println(report);
    assertThat(consumerRate).isPositive();
  }

  private static void produce(String bootstrap, String topic) throws Exception {
    List<String> tickers = new ArrayList<>(TickerDirectory.stocknet().symbols());
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    try (var producer =
        new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
      for (int i = 0; i < QUOTES; i++) {
        String ticker = tickers.get(i % tickers.size());
        // 1 ms of event time per quote: 3,600 quotes/s of simulated market, as in the original
        // system.
        byte[] value =
            JsonCodec.QUOTE.encode(quote(ticker, 10_000 + (i % 500), 1 + i % 100, T0 + i));
        producer.send(
            new ProducerRecord<>(
                topic, i % PARTITIONS, ticker.getBytes(StandardCharsets.UTF_8), value));
      }
      producer.flush();
    }
  }

  private static double plainConsumerRate(String bootstrap, String topic) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-plain-" + topic);
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
    long count = 0;
    long start = System.nanoTime();
    try (var consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long bytes = 0;
      while (count < QUOTES) {
        for (var r : consumer.poll(Duration.ofSeconds(1))) {
          bytes += r.value().length;
          count++;
        }
      }
      assertThat(bytes).isPositive();
    }
    return count / ((System.nanoTime() - start) / 1e9);
  }

  /** Returns {wall-clock rate, net-runtime rate}. */
  private static double[] flinkRate(RealStack stack, String topic) throws Exception {
    String empty = stack.createTopic("bench-empty", 1);
    JobConfig config =
        JobConfig.defaults()
            .withEndpoints(stack.kafkaBootstrap(), stack.cassandraContactPoint(), "unused")
            .withTopics(topic, empty, empty, empty, empty)
            .withBounded(true);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    env.getConfig().disableGenericTypes();
    KafkaCassandraIo io = new KafkaCassandraIo(config);
    TickerDirectory tickers = TickerDirectory.standard();
    Inputs inputs =
        TweeTradeJob.route(
            io.quotes(env), io.tweets(env), io.rules(env), JobSettings.defaults(tickers));
    Analytics analytics =
        TweeTradeJob.build(
            inputs.quotes(),
            inputs.tweets(),
            inputs.rules(),
            JobSettings.of(config).panes(),
            tickers);
    analytics.prices().sinkTo(new DiscardingSink<>()).uid("bench-prices").name("Discard Prices");
    analytics
        .sentiments()
        .sinkTo(new DiscardingSink<>())
        .uid("bench-sentiments")
        .name("Discard Sentiments");
    inputs
        .deadLetters()
        .sinkTo(new DiscardingSink<>())
        .uid("bench-dead")
        .name("Discard Dead Letters");
    long start = System.nanoTime();
    JobExecutionResult result = env.execute("AnalyticsThroughputBenchmark");
    double wall = (System.nanoTime() - start) / 1e9;
    return new double[] {QUOTES / wall, QUOTES / (result.getNetRuntime() / 1000.0)};
  }
}
