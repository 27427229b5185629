package com.tweetrade.job;

import static com.tweetrade.job.Fixtures.ONE_MINUTE;
import static com.tweetrade.job.Fixtures.T0;
import static com.tweetrade.job.Fixtures.TEN_SECONDS;
import static com.tweetrade.job.Fixtures.createRule;
import static com.tweetrade.job.Fixtures.quote;
import static com.tweetrade.job.Fixtures.tweet;
import static com.tweetrade.job.KafkaTestClients.producer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.tweetrade.job.AggregateOracle.Mention;
import com.tweetrade.job.config.JobConfig;
import com.tweetrade.job.io.CassandraSinks;
import com.tweetrade.job.io.KafkaCassandraIo;
import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.Quote;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.Tweet;
import com.tweetrade.sentiment.SentimentAnalyzer;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole job on a MiniCluster (1 TM x 2 slots, parallelism 2) over the real Kafka and Cassandra:
 * known quotes and tweets in, including out-of-order and malformed records; the exact rows out.
 *
 * <p>All sources are unbounded, like in production, and the rule arrives on its own topic: if rules
 * held back event time, no sentiment window would ever fire and the test would time out. Phases:
 * (1) wait until the rule's keyword is tracked, with probe tweets an hour before the data; (2)
 * produce the data; (3) produce one closing event per partition an hour after it, which moves the
 * watermark past every data window; (4) compare the rows whose window ends in the data's range.
 */
@ExtendWith(RealStackExtension.class)
class TweeTradeJobIT {
  @RegisterExtension static final MiniClusterExtension FLINK = TestClusters.oneTaskManager(2);

  private static final Duration TIMEOUT = Duration.ofMinutes(4);
  private static final long RANGE_FROM = T0 + TEN_SECONDS;
  private static final long RANGE_TO = T0 + 30 * ONE_MINUTE;

  private final Map<String, String> positions = new HashMap<>();

  @Test
  void shouldStoreExactAggregatesAndDeadLetterMalformedInput(RealStack stack) throws Exception {
    JobConfig config =
        StackJobs.freshConfig(stack, "tweetrade-job-it", 2)
            // The quotes partitions get no record during the probe phase. With the default 30 s
            // idleness a slow
            // start marks them idle, and the TSLA partition alone can then move the watermark past
            // AAPL's quotes
            // before that partition's reader wakes up: late rows. An hour keeps both partitions
            // holding event time.
            .withIdleness(Duration.ofHours(1));
    String quotes = config.quotesTopic();
    String tweets = config.tweetsTopic();
    String rules = config.rulesTopic();
    String deadLetters = config.deadLettersTopic();
    String keyspace = config.keyspace();

    try (KafkaProducer<byte[], byte[]> producer = producer(stack.kafkaBootstrap());
        CqlSession cql = stack.cqlSession(keyspace)) {
      send(
          producer,
          rules,
          0,
          "rule",
          enc(
              JsonCodec.RULE_EVENT,
              createRule("r1", "WHEN sentiment(\"tesla\", 5m) > 0.4 THEN BUY 10 TSLA", 1)));

      StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
      env.setParallelism(2);
      env.getConfig().disableGenericTypes();
      new TweeTradeJob(config, new KafkaCassandraIo(config)).attach(env);
      JobClient job = env.executeAsync("TweeTradeJobIT");
      try {
        probeUntilTracked(producer, tweets, cql);

        List<Quote> validQuotes = produceQuotes(producer, quotes);
        List<Tweet> validTweets = produceTweets(producer, tweets);
        for (int p = 0; p < 2; p++) {
          send(
              producer,
              quotes,
              p,
              "closer",
              enc(JsonCodec.QUOTE, quote(p == 0 ? "TSLA" : "AAPL", 100, 1, T0 + 3_600_000)));
          send(
              producer,
              tweets,
              p,
              "closer",
              enc(JsonCodec.TWEET, tweet(900 + p, "closing bell", T0 + 3_600_000)));
        }
        producer.flush();

        List<PriceAggregate> expectedPrices =
            AggregateOracle.prices(validQuotes, RANGE_FROM, RANGE_TO, TEN_SECONDS);
        List<SentimentAggregate> expectedSentiments =
            AggregateOracle.sentiments(mentions(validTweets), RANGE_FROM, RANGE_TO, TEN_SECONDS);

        List<PriceAggregate> prices = await(() -> readPrices(cql), expectedPrices.size());
        List<SentimentAggregate> sentiments =
            await(() -> readSentiments(cql), expectedSentiments.size());

        // A hand-computed row: TSLA's quotes at 1 s (200.00 x 10) and 9 s (199.00 x 20, sent after
        // 12 s).
        assertThat(prices)
            .contains(
                new PriceAggregate(
                    "TSLA",
                    "1m",
                    T0 + TEN_SECONDS,
                    19950.0,
                    (200_000 + 398_000) / 30.0,
                    19900,
                    20000,
                    19900,
                    2,
                    30));
        assertThat(prices).containsExactlyInAnyOrderElementsOf(expectedPrices);
        assertSentiments(sentiments, expectedSentiments);
        assertThat(sentiments)
            .extracting(SentimentAggregate::keyword)
            .contains("tesla", "$TSLA", "$AAPL");

        List<DeadLetter> dead =
            awaitDeadLetters(stack.kafkaBootstrap(), deadLetters, positions.size());
        Map<String, String> reasonByPosition = new HashMap<>();
        dead.forEach(d -> reasonByPosition.put(d.position(), d.reason()));
        assertThat(reasonByPosition.keySet())
            .containsExactlyInAnyOrderElementsOf(positions.keySet());
        positions.forEach(
            (position, reasonStart) ->
                assertThat(reasonByPosition.get(position)).startsWith(reasonStart));
      } finally {
        job.cancel().get();
      }
    }
  }

  private List<Quote> produceQuotes(KafkaProducer<byte[], byte[]> producer, String topic)
      throws Exception {
    List<Quote> valid =
        List.of(
            quote("TSLA", 20000, 10, T0 + 1_000),
            quote("TSLA", 20100, 5, T0 + 12_000),
            quote("TSLA", 19900, 20, T0 + 9_000), // out of order by 3 s, within the 5 s bound
            quote("TSLA", 20200, 10, T0 + 35_000),
            quote("TSLA", 20300, 1, T0 + 61_000),
            quote("TSLA", 20050, 4, T0 + 130_000),
            quote("AAPL", 17000, 100, T0 + 2_000),
            quote("AAPL", 17010, 50, T0 + 5_000),
            quote("AAPL", 16990, 10, T0 + 3_000), // out of order by 2 s
            quote("AAPL", 17100, 20, T0 + 70_000));
    for (Quote q : valid)
      send(producer, topic, q.ticker().equals("TSLA") ? 0 : 1, q.ticker(), enc(JsonCodec.QUOTE, q));
    expectDeadLetter(
        send(producer, topic, 0, "x", "this is not json".getBytes(StandardCharsets.UTF_8)),
        "not a valid Quote");
    expectDeadLetter(
        send(producer, topic, 1, "x", enc(JsonCodec.QUOTE, quote("ZZZZZZ", 100, 1, T0 + 4_000))),
        "unknown ticker ZZZZZZ");
    expectDeadLetter(
        send(
            producer,
            topic,
            0,
            "x",
            enc(JsonCodec.QUOTE, new Quote("TSLA", -100, 1, 1, 1, T0 + 4_000))),
        "price must be positive");
    expectDeadLetter(
        send(
            producer,
            topic,
            1,
            "x",
            "{\"ticker\":\"AAPL\",\"priceCents\":NaN,\"size\":1,\"bidCents\":1,\"askCents\":2,\"eventTime\":1}"
                .getBytes(StandardCharsets.UTF_8)),
        "not a valid Quote");
    return valid;
  }

  private List<Tweet> produceTweets(KafkaProducer<byte[], byte[]> producer, String topic)
      throws Exception {
    List<Tweet> p0 =
        List.of(
            tweet(1, "Tesla is doing great, love it! $TSLA", T0 + 4_000, "TSLA"),
            tweet(2, "tesla recall is terrible and sad", T0 + 14_000),
            tweet(
                3, "$AAPL steady today", T0 + 10_000)); // out of order by 4 s, within the 5 s bound
    List<Tweet> p1 =
        List.of(
            tweet(4, "I hate $TSLA and tesla", T0 + 20_000),
            tweet(5, "Apple $AAPL amazing results", T0 + 65_000, "AAPL"));
    for (Tweet t : p0) send(producer, topic, 0, "t", enc(JsonCodec.TWEET, t));
    for (Tweet t : p1) send(producer, topic, 1, "t", enc(JsonCodec.TWEET, t));
    expectDeadLetter(
        send(producer, topic, 1, "x", enc(JsonCodec.TWEET, tweet(6, "   ", T0 + 30_000))),
        "tweet has no text");
    expectDeadLetter(
        send(producer, topic, 0, "x", "{broken".getBytes(StandardCharsets.UTF_8)),
        "not a valid Tweet");
    List<Tweet> all = new ArrayList<>(p0);
    all.addAll(p1);
    return all;
  }

  /** Sends probe tweets an hour before the data until the rule's keyword shows up in Cassandra. */
  private void probeUntilTracked(
      KafkaProducer<byte[], byte[]> producer, String topic, CqlSession cql) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    String day = CassandraSinks.day(T0 - 3_600_000);
    for (int k = 0; System.nanoTime() < deadline; k++) {
      // One second of event time per probe: even a 4-minute probe phase stays an hour behind the
      // data.
      for (int p = 0; p < 2; p++) {
        send(
            producer,
            topic,
            p,
            "probe",
            enc(
                JsonCodec.TWEET,
                tweet(10_000 + 2L * k + p, "tesla probe", T0 - 3_600_000 + k * 1_000L)));
      }
      producer.flush();
      if (cql.execute(
                  "SELECT keyword FROM twitterkeysentiments WHERE keyword='tesla' AND window='1m'"
                      + " AND day=?",
                  day)
              .one()
          != null) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the rule's keyword 'tesla' was never tracked within " + TIMEOUT);
  }

  private static List<Mention> mentions(List<Tweet> tweets) {
    SentimentAnalyzer analyzer = SentimentAnalyzer.load();
    List<Mention> out = new ArrayList<>();
    for (Tweet t : tweets) {
      double c = analyzer.score(t.text()).compound();
      String lower = t.text().toLowerCase();
      if (lower.contains("tesla")) out.add(new Mention("tesla", c, t.createdAt()));
      if (t.text().contains("$TSLA") || t.cashtags().contains("TSLA"))
        out.add(new Mention("$TSLA", c, t.createdAt()));
      if (t.text().contains("$AAPL") || t.cashtags().contains("AAPL"))
        out.add(new Mention("$AAPL", c, t.createdAt()));
    }
    return out;
  }

  private static void assertSentiments(
      List<SentimentAggregate> actual, List<SentimentAggregate> expected) {
    Comparator<SentimentAggregate> byKey =
        Comparator.comparing(SentimentAggregate::keyword)
            .thenComparing(SentimentAggregate::window)
            .thenComparingLong(SentimentAggregate::windowEnd);
    List<SentimentAggregate> a = actual.stream().sorted(byKey).toList();
    List<SentimentAggregate> e = expected.stream().sorted(byKey).toList();
    assertThat(a).hasSameSizeAs(e);
    for (int i = 0; i < e.size(); i++) {
      assertThat(a.get(i))
          .usingRecursiveComparison()
          .ignoringFields("meanCompound")
          .isEqualTo(e.get(i));
      assertThat(a.get(i).meanCompound()).isCloseTo(e.get(i).meanCompound(), within(1e-9));
    }
  }

  private List<PriceAggregate> readPrices(CqlSession cql) {
    List<PriceAggregate> out = new ArrayList<>();
    for (Row r : cql.execute("SELECT * FROM stocktimeseries")) {
      long end = r.getInstant("window_end").toEpochMilli();
      assertThat(r.getString("day")).isEqualTo(CassandraSinks.day(end));
      if (end < RANGE_FROM || end > RANGE_TO) continue;
      out.add(
          new PriceAggregate(
              r.getString("ticker"),
              r.getString("window"),
              end,
              r.getDouble("avg_cents"),
              r.getDouble("vwap_cents"),
              r.getLong("min_cents"),
              r.getLong("max_cents"),
              r.getLong("last_cents"),
              r.getLong("quotes"),
              r.getLong("volume")));
    }
    return out;
  }

  private List<SentimentAggregate> readSentiments(CqlSession cql) {
    List<SentimentAggregate> out = new ArrayList<>();
    for (Row r : cql.execute("SELECT * FROM twitterkeysentiments")) {
      long end = r.getInstant("window_end").toEpochMilli();
      if (end < RANGE_FROM || end > RANGE_TO) continue;
      out.add(
          new SentimentAggregate(
              r.getString("keyword"),
              r.getString("window"),
              end,
              r.getDouble("mean_compound"),
              r.getLong("tweets"),
              r.getDouble("share_positive"),
              r.getDouble("share_negative")));
    }
    return out;
  }

  /**
   * Polls until {@code read} returns at least {@code count} rows, then once more after a pause for
   * stragglers.
   */
  private static <T> List<T> await(Supplier<List<T>> read, int count) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    List<T> rows = read.get();
    while (rows.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(1_000);
      rows = read.get();
    }
    Thread.sleep(3_000);
    return read.get();
  }

  private static List<DeadLetter> awaitDeadLetters(String bootstrap, String topic, int count)
      throws Exception {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + topic);
    List<DeadLetter> out = new ArrayList<>();
    try (var consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (out.size() < count && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofSeconds(1))) {
          out.add(JsonCodec.DEAD_LETTER.decode(r.value()));
        }
      }
      for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofSeconds(3))) {
        out.add(JsonCodec.DEAD_LETTER.decode(r.value()));
      }
    }
    return out;
  }

  private void expectDeadLetter(RecordMetadata sent, String reasonStart) {
    positions.put(sent.topic() + "-" + sent.partition() + "@" + sent.offset(), reasonStart);
  }

  private static <T> byte[] enc(JsonCodec<T> codec, T value) {
    return codec.encode(value);
  }

  private static RecordMetadata send(
      KafkaProducer<byte[], byte[]> producer, String topic, int partition, String key, byte[] value)
      throws Exception {
    return producer
        .send(new ProducerRecord<>(topic, partition, key.getBytes(StandardCharsets.UTF_8), value))
        .get();
  }
}
