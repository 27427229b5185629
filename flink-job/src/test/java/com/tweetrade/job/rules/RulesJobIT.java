package com.tweetrade.job.rules;

import static com.tweetrade.job.KafkaTestClients.orderedProducer;
import static com.tweetrade.job.KafkaTestClients.send;
import static com.tweetrade.job.rules.RulesScenario.DROP_AT;
import static com.tweetrade.job.rules.RulesScenario.DROP_PANE_END;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.tweetrade.job.KafkaTestClients;
import com.tweetrade.job.StackJobs;
import com.tweetrade.job.TestClusters;
import com.tweetrade.job.TweeTradeJob;
import com.tweetrade.job.config.JobConfig;
import com.tweetrade.job.config.RulesConfig;
import com.tweetrade.job.io.KafkaCassandraIo;
import com.tweetrade.job.trading.TradeStatus;
import com.tweetrade.job.trading.TradingTypes;
import com.tweetrade.model.Alert;
import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Trade;
import com.tweetrade.model.Tweet;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole job (analytics + rules) on a MiniCluster (1 TM x 2 slots, parallelism 2) over the real
 * Kafka and Cassandra, with {@link RulesScenario}'s scripted quotes, tweets and rules, all in Kafka
 * before the job starts: the aggregates could overtake the rules at start-up, unless the job holds
 * them until the rules of job start are in (the production IO, unchanged here but for the injected
 * failure).
 *
 * <ol>
 *   <li>Run A (bounded): r1 fires exactly once, at the end of the pane of the price drop; every
 *       trade is in the trades topic (read_committed) and in Cassandra, positions follow the fills;
 *       the alerts of r6 (ALSO NOTIFY) and r7 (NOTIFY only) are in the alerts topic and in
 *       Cassandra {@code notifications}.
 *   <li>Run B (bounded, same input, fresh outputs): the trades and alerts are byte-for-byte those
 *       of run A.
 *   <li>Run C (unbounded, so the rules source never ends and must not hold back event time): a task
 *       fails mid-stream after a checkpoint; after recovery every trade and alert of run A is in
 *       its topic and in Cassandra exactly once, and nothing else.
 * </ol>
 */
@ExtendWith(RealStackExtension.class)
class RulesJobIT {
  @RegisterExtension static final MiniClusterExtension FLINK = TestClusters.oneTaskManager(2);

  private static final Duration TIMEOUT = Duration.ofMinutes(4);
  private static final long HOUR = 3_600_000;

  private String quotes;
  private String tweets;
  private String rules;
  private String aggregates;
  private String deadLetters;

  @Test
  @Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
  void shouldFireExactlyOnceDeterministicallyAndSurviveAFailure(RealStack stack) throws Exception {
    quotes = stack.createTopic("quotes", 2);
    tweets = stack.createTopic("tweets", 2);
    rules = stack.createTopic("rules", 1);
    aggregates = stack.createTopic("aggregates", 1);
    deadLetters = stack.createTopic("dead-letters", 1);
    produceScenario(stack.kafkaBootstrap());

    // Run A
    Outputs a = outputs(stack);
    JobExecutionResult resultA = runBounded(a.config);
    assertThat(resultA).isNotNull();
    List<Trade> tradesA = readCommittedTrades(stack.kafkaBootstrap(), a.trades, 0);
    try (CqlSession cql = stack.cqlSession(a.keyspace)) {
      System.out.println(
          "RUN A: "
              + tradesA.size()
              + " trades in the topic, "
              + cassandraTradeIds(cql).size()
              + " in Cassandra");
    }
    List<Trade> r1 = tradesA.stream().filter(t -> t.ruleId().equals("r1")).toList();
    assertThat(r1)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.eventTime()).isEqualTo(DROP_PANE_END);
              assertThat(t.id()).isEqualTo(RuleEvaluationFunction.tradeId("r1", DROP_PANE_END));
              assertThat(t.status()).isEqualTo(TradeStatus.FILLED);
              assertThat(t.priceCents()).isEqualTo(18000);
              assertThat(t.explanation())
                  .containsEntry("price:TSLA", 180.0)
                  .containsKeys("avg:TSLA:15m");
              assertThat(t.explanation().get("sentiment:tesla:5m")).isGreaterThan(0.4);
              assertThat(t.explanation().get("avg:TSLA:15m")).isBetween(180.0, 200.0);
            });
    assertThat(tradesA)
        .filteredOn(t -> t.ruleId().equals("r2"))
        .singleElement()
        .extracting(Trade::eventTime, Trade::side, Trade::priceCents, Trade::status, Trade::reason)
        // Decided before r1's buy at the same time (trade id order), with nothing held: no shorts.
        // Its sell limit of 179.50 meets the market at 180.00 when placed: it fills there (the
        // limit or better), and paper trading refuses it.
        .containsExactly(
            DROP_PANE_END,
            "SELL",
            18000L,
            TradeStatus.REJECTED,
            "short selling is off: selling 5 TSLA, 0 held");
    List<Long> r3Times =
        tradesA.stream()
            .filter(t -> t.ruleId().equals("r3"))
            .map(Trade::eventTime)
            .sorted()
            .toList();
    // Every 2 minutes from the first pane with AAPL above 100.5, while the tweets last: once they
    // stop
    // (END), the 1-minute sentiment expires, so r3 does not fire on stale inputs after it.
    long firstR3 = RulesScenario.AAPL_UP_AT + 10_000;
    assertThat(r3Times)
        .containsExactly(
            firstR3,
            firstR3 + 2 * 60_000,
            firstR3 + 4 * 60_000,
            firstR3 + 6 * 60_000,
            firstR3 + 8 * 60_000);
    assertThat(tradesA)
        .filteredOn(t -> t.ruleId().equals("r6"))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.eventTime())
                  .as("ON TICK: the event time of the quote that made it true")
                  .isEqualTo(DROP_AT);
              assertThat(t.trigger()).isEqualTo("quote:TSLA@" + DROP_AT + "#0");
              assertThat(t.id())
                  .isEqualTo(RuleEvaluationFunction.tickTradeId("r6", 1, t.trigger()));
              assertThat(t.status()).isEqualTo(TradeStatus.FILLED);
              assertThat(t.priceCents()).as("the market price of that quote").isEqualTo(18000);
            });
    assertThat(tradesA).extracting(Trade::ruleId).doesNotContain("r5", "r4-broken", "r7");
    List<Alert> alertsA = readCommitted(stack.kafkaBootstrap(), a.alerts, 0, JsonCodec.ALERT);
    String r6TradeId = RuleEvaluationFunction.tickTradeId("r6", 1, "quote:TSLA@" + DROP_AT + "#0");
    assertThat(alertsA)
        .containsExactlyInAnyOrder(
            new Alert(r6TradeId, "bob", "r6", "TSLA under 190", r6TradeId, DROP_AT),
            new Alert(
                RuleAlerts.alertId("r7", DROP_PANE_END),
                "alice",
                "r7",
                "TSLA fell",
                "",
                DROP_PANE_END));
    try (CqlSession cql = stack.cqlSession(a.keyspace)) {
      assertThat(cassandraAlertIds(cql)).containsExactlyInAnyOrderElementsOf(alertIds(alertsA));
      Row r7 =
          cql.execute("SELECT * FROM notifications WHERE user_id='alice' AND day='2024-03-01'")
              .one();
      assertThat(r7.getString("rule_id")).isEqualTo("r7");
      assertThat(r7.getString("text")).isEqualTo("TSLA fell");
      assertThat(r7.getString("trade_id")).isEmpty();
      assertThat(r7.getInstant("event_time").toEpochMilli()).isEqualTo(DROP_PANE_END);
    }
    try (CqlSession cql = stack.cqlSession(a.keyspace)) {
      assertThat(cassandraTradeIds(cql)).containsExactlyInAnyOrderElementsOf(ids(tradesA));
      Row tsla =
          cql.execute("SELECT * FROM positions WHERE user_id='alice' AND ticker='TSLA'").one();
      assertThat(tsla.getLong("quantity")).isEqualTo(10);
      Row aapl =
          cql.execute("SELECT * FROM positions WHERE user_id='alice' AND ticker='AAPL'").one();
      assertThat(aapl.getLong("quantity")).isEqualTo(r3Times.size());
      // The account: one row per minute, the newest after every fill (r1's 10 TSLA at $180 and
      // r3's AAPL), equity = cash + market value.
      List<Row> equity =
          cql.execute("SELECT * FROM equityhistory WHERE user_id='alice' AND day='2024-03-01'")
              .all();
      assertThat(equity).isNotEmpty();
      Row now = equity.get(0);
      assertThat(now.getLong("equity_cents"))
          .isEqualTo(now.getLong("cash_cents") + now.getLong("market_value_cents"));
      assertThat(now.getLong("cash_cents")).isLessThanOrEqualTo(10_000_000L - 10 * 18_000L);
    }
    assertThat(readDeadLetters(stack.kafkaBootstrap()))
        .anySatisfy(
            d -> {
              assertThat(d.position()).isEqualTo("rule r4-broken revision 1");
              assertThat(d.reason()).contains("does not compile");
            });

    // Run B: determinism
    Outputs b = outputs(stack);
    runBounded(b.config);
    List<Trade> tradesB = readCommittedTrades(stack.kafkaBootstrap(), b.trades, 0);
    assertThat(sortedJson(tradesB)).isEqualTo(sortedJson(tradesA));
    List<Alert> alertsB = readCommitted(stack.kafkaBootstrap(), b.alerts, 0, JsonCodec.ALERT);
    assertThat(sortedAlerts(alertsB)).isEqualTo(sortedAlerts(alertsA));

    // Run C: failure and recovery, unbounded
    Outputs c = outputs(stack);
    int deadLettersBeforeC = readDeadLetters(stack.kafkaBootstrap()).size();
    produceClosers(stack.kafkaBootstrap(), RulesScenario.END + HOUR, 100_000);
    StreamExecutionEnvironment env = environment();
    new TweeTradeJob(c.config, new FailingTradesIo(c.config)).attach(env);
    JobClient job = env.executeAsync("RulesJobIT-C");
    try {
      assertThat(highestAttempt(job))
          .as("the injected failure restarted the job")
          .isGreaterThanOrEqualTo(1);
      // A source's watermark is not in a checkpoint: restored after every record was read (closers
      // included), the job has no event to move event time past the panes still open, and an
      // unbounded input never ends. Closers after the restart move it, as new events would live.
      produceClosers(stack.kafkaBootstrap(), RulesScenario.END + 2 * HOUR, 200_000);
      List<Trade> tradesC = readCommittedTrades(stack.kafkaBootstrap(), c.trades, tradesA.size());
      Thread.sleep(5_000); // several more checkpoints: duplicates would show now
      tradesC = readCommittedTrades(stack.kafkaBootstrap(), c.trades, tradesA.size());
      List<DeadLetter> deadInC = readDeadLetters(stack.kafkaBootstrap());
      assertThat(sortedJson(tradesC))
          // A rare miss here (CI, once) lost every trade reading the tweets: say what went where.
          .as(
              "run C's trades; its dead letters: %s",
              deadInC.subList(Math.min(deadLettersBeforeC, deadInC.size()), deadInC.size()))
          .isEqualTo(sortedJson(tradesA));
      List<Alert> alertsC =
          readCommitted(stack.kafkaBootstrap(), c.alerts, alertsA.size(), JsonCodec.ALERT);
      assertThat(sortedAlerts(alertsC)).isEqualTo(sortedAlerts(alertsA));
      try (CqlSession cql = stack.cqlSession(c.keyspace)) {
        assertThat(cassandraTradeIds(cql)).containsExactlyInAnyOrderElementsOf(ids(tradesA));
        assertThat(cassandraAlertIds(cql)).containsExactlyInAnyOrderElementsOf(alertIds(alertsA));
      }
    } finally {
      job.cancel().get();
    }
  }

  /**
   * The highest task attempt seen; a running job's accumulators arrive with task heartbeats, so
   * polls.
   */
  private static Integer highestAttempt(JobClient job) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    Integer attempt = null;
    while (System.nanoTime() < deadline) {
      attempt = (Integer) job.getAccumulators().get().get(FailOnceFunction.ATTEMPT_ACCUMULATOR);
      if (attempt != null && attempt >= 1) break;
      Thread.sleep(1_000);
    }
    return attempt;
  }

  /**
   * Per run: fresh trades, positions and alerts topics, keyspace, consumer group and transactional
   * ids.
   */
  private record Outputs(JobConfig config, String trades, String alerts, String keyspace) {}

  private Outputs outputs(RealStack stack) {
    String trades = stack.createTopic("trades", 2);
    String alerts = stack.createTopic("alerts", 2);
    String positions = stack.createTopic("positions", 1);
    String keyspace = stack.createKeyspace();
    String run = UUID.randomUUID().toString().substring(0, 8);
    JobConfig config =
        JobConfig.defaults()
            .withEndpoints(stack.kafkaBootstrap(), stack.cassandraContactPoint(), keyspace)
            .withTopics(quotes, tweets, rules, aggregates, deadLetters)
            .withConsumerGroup("rules-it-" + run)
            .withRules(
                RulesConfig.defaults()
                    .withOutputs(trades, positions, "rules-it-" + run)
                    .withAlertsTopic(alerts));
    return new Outputs(config, trades, alerts, keyspace);
  }

  /** Restarts up to three times: the failure run must recover. */
  private static StreamExecutionEnvironment environment() {
    return StackJobs.checkpointing(
        Map.of(
            "restart-strategy.type", "fixed-delay",
            "restart-strategy.fixed-delay.attempts", "3",
            "restart-strategy.fixed-delay.delay", "1 s"));
  }

  private static JobExecutionResult runBounded(JobConfig config) throws Exception {
    StreamExecutionEnvironment env = environment();
    new TweeTradeJob(config.withBounded(true), new KafkaCassandraIo(config.withBounded(true)))
        .attach(env);
    return env.execute("RulesJobIT");
  }

  /** The production IO with a task that fails once, mid-stream, right before the trades sinks. */
  static final class FailingTradesIo extends KafkaCassandraIo {
    FailingTradesIo(JobConfig config) {
      super(config);
    }

    @Override
    public void writeTrades(DataStream<Trade> trades) throws Exception {
      super.writeTrades(
          trades
              .map(new FailOnceFunction<>(4), TradingTypes.TRADE)
              .uid("fail-once")
              .name("Fail Once"));
    }
  }

  private void produceScenario(String bootstrap) throws Exception {
    try (KafkaProducer<byte[], byte[]> producer = orderedProducer(bootstrap)) {
      for (RuleEvent r : RulesScenario.rules())
        send(producer, rules, 0, r.ruleId(), JsonCodec.RULE_EVENT.encode(r));
      for (Quote q : RulesScenario.tsla())
        send(producer, quotes, 0, q.ticker(), JsonCodec.QUOTE.encode(q));
      for (Quote q : RulesScenario.aapl())
        send(producer, quotes, 1, q.ticker(), JsonCodec.QUOTE.encode(q));
      List<Tweet> all = RulesScenario.tweets();
      for (int i = 0; i < all.size(); i++)
        send(producer, tweets, i % 2, "t", JsonCodec.TWEET.encode(all.get(i)));
      producer.flush();
    }
  }

  /**
   * For the unbounded run: one event per partition at {@code time} (an hour or more after the
   * scenario), which moves the watermark past every window of the scenario. Chosen to fire nothing
   * (prices equal their averages; no tesla); the tweets' ids start at {@code firstTweetId}.
   */
  private void produceClosers(String bootstrap, long time, long firstTweetId) throws Exception {
    try (KafkaProducer<byte[], byte[]> producer = orderedProducer(bootstrap)) {
      send(
          producer,
          quotes,
          0,
          "TSLA",
          JsonCodec.QUOTE.encode(RulesScenario.quote("TSLA", 18000, time)));
      send(
          producer,
          quotes,
          1,
          "AAPL",
          JsonCodec.QUOTE.encode(RulesScenario.quote("AAPL", 10000, time)));
      for (int p = 0; p < 2; p++) {
        send(
            producer,
            tweets,
            p,
            "t",
            JsonCodec.TWEET.encode(
                new Tweet(
                    firstTweetId + p,
                    "closing bell",
                    time,
                    7L,
                    "x",
                    1,
                    "en",
                    List.of(),
                    List.of(),
                    false,
                    null)));
      }
      producer.flush();
    }
  }

  /**
   * Everything committed on {@code topic}; when {@code atLeast} > 0, polls until that many arrived.
   */
  private static List<Trade> readCommittedTrades(String bootstrap, String topic, int atLeast)
      throws Exception {
    return readCommitted(bootstrap, topic, atLeast, JsonCodec.TRADE);
  }

  private static <T> List<T> readCommitted(
      String bootstrap, String topic, int atLeast, JsonCodec<T> codec) throws Exception {
    List<T> out = new ArrayList<>();
    try (var consumer = KafkaTestClients.committedReaderOfAll(bootstrap, topic)) {
      Set<TopicPartition> partitions = consumer.assignment();
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          out.add(codec.decode(r.value()));
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        boolean atEnd = partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
        if (atEnd && out.size() >= atLeast) break;
      }
    }
    return out;
  }

  private List<DeadLetter> readDeadLetters(String bootstrap) throws Exception {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    List<DeadLetter> out = new ArrayList<>();
    try (var consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      TopicPartition p = new TopicPartition(deadLetters, 0);
      consumer.assign(List.of(p));
      consumer.seekToBeginning(List.of(p));
      long end = consumer.endOffsets(List.of(p)).get(p);
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (consumer.position(p) < end && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          out.add(JsonCodec.DEAD_LETTER.decode(r.value()));
        }
      }
    }
    return out;
  }

  private static List<String> cassandraTradeIds(CqlSession cql) {
    List<String> ids = new ArrayList<>();
    for (Row r : cql.execute("SELECT trade_id FROM trades")) ids.add(r.getString("trade_id"));
    return ids;
  }

  private static List<String> cassandraAlertIds(CqlSession cql) {
    List<String> ids = new ArrayList<>();
    for (Row r : cql.execute("SELECT alert_id FROM notifications"))
      ids.add(r.getString("alert_id"));
    return ids;
  }

  private static List<String> alertIds(List<Alert> alerts) {
    return alerts.stream().map(Alert::id).toList();
  }

  private static List<String> sortedAlerts(List<Alert> alerts) {
    assertThat(alertIds(alerts)).as("each alert once").doesNotHaveDuplicates();
    return alerts.stream().map(JsonCodec.ALERT::encodeToString).sorted().toList();
  }

  private static List<String> ids(List<Trade> trades) {
    return trades.stream().map(Trade::id).toList();
  }

  private static List<String> sortedJson(List<Trade> trades) {
    Map<String, Integer> counts = new HashMap<>();
    trades.forEach(t -> counts.merge(t.id(), 1, Integer::sum));
    assertThat(counts.values()).as("each trade once").containsOnly(1);
    return trades.stream()
        .map(JsonCodec.TRADE::encodeToString)
        .sorted()
        .collect(Collectors.toList());
  }
}
