package com.tweetrade.job.migrate;

import static com.tweetrade.job.KafkaTestClients.orderedProducer;
import static com.tweetrade.job.KafkaTestClients.send;
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
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Trade;
import com.tweetrade.model.Tweet;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.stack.TopicReader;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end over the real Kafka and Cassandra, on a MiniCluster at parallelism 2: run the job, add
 * rules, stop with a savepoint, rename a keyword in the savepoint's rules, restore from the
 * migrated savepoint and feed new events.
 *
 * <p>Phase 1: Tesla tweets and flat prices; {@code m1} (sentiment of "tesla") fires, {@code u1}
 * (AAPL above $100.50) does not. Phase 2, after the migration tesla → elon: only Elon tweets and
 * AAPL at $101. The migrated {@code m1} fires on "elon" (which the fan-out only tracks because its
 * broadcast state was migrated too), the untouched {@code u1} fires, and phase 1 is not replayed
 * (the Kafka offsets came back from the savepoint with the rest of the state). Between the phases,
 * {@code migrate apply} (after a {@code --dry-run} that writes nothing) also republishes the
 * migrated rule to Cassandra's {@code userLogic} and the rules topic, so all three agree. The limit
 * order of {@code l1} rests in the order book through the savepoint and the migration (TSLA at $200
 * in phase 1) and fills once when phase 2's TSLA at $198.50 reaches it.
 */
@ExtendWith(RealStackExtension.class)
class RuleMigrationIT {
  @RegisterExtension static final MiniClusterExtension FLINK = TestClusters.oneTaskManager(2);

  private static final Duration TIMEOUT = Duration.ofMinutes(4);
  private static final long T0 = Instant.parse("2024-03-01T10:00:00Z").toEpochMilli();
  private static final long MINUTE = 60_000;
  private static final long PHASE_2 = T0 + 6 * MINUTE;
  private static final long END = T0 + 12 * MINUTE;

  private static final RuleEvent M1 =
      RuleEvent.create("m1", "alice", "WHEN sentiment(\"tesla\", 1m) > 0.4 THEN BUY 1 TSLA", T0);
  private static final RuleEvent U1 =
      RuleEvent.create("u1", "bob", "WHEN price(AAPL) > 100.5 THEN BUY 2 AAPL", T0);

  /** A limit order that rests through the migration: placed in phase 1, filled in phase 2. */
  private static final RuleEvent L1 =
      RuleEvent.create("l1", "carol", "WHEN price(TSLA) > 0 THEN BUY 5 TSLA AT LIMIT 199 ONCE", T0);

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void shouldFireTheMigratedRuleOnTheNewKeywordAndKeepTheOthers(RealStack stack, @TempDir Path dir)
      throws Exception {
    JobConfig base = StackJobs.freshConfig(stack, "migration-it", 2);
    String quotes = base.quotesTopic();
    String tweets = base.tweetsTopic();
    String rules = base.rulesTopic();
    String keyspace = base.keyspace();
    String run = base.consumerGroup();
    String trades1 = stack.createTopic("trades", 2);
    String trades2 = stack.createTopic("trades", 2);

    // m1 was written in the web UI (a userLogic row and its event); u1 came straight to the topic.
    try (CqlSession cql = stack.cqlSession(keyspace)) {
      cql.execute(
          "INSERT INTO userlogic (user_id, rule_id, rule_text, paused, deleted, revision,"
              + " created_at, updated_at, publish_pending) VALUES ('alice', 'm1', ?, false, false,"
              + " 1, ?, ?, false)",
          M1.text(),
          Instant.ofEpochMilli(T0),
          Instant.ofEpochMilli(T0));
    }
    try (KafkaProducer<byte[], byte[]> producer = orderedProducer(stack.kafkaBootstrap())) {
      send(producer, rules, 0, "m1", JsonCodec.RULE_EVENT.encode(M1));
      send(producer, rules, 0, "u1", JsonCodec.RULE_EVENT.encode(U1));
      send(producer, rules, 0, "l1", JsonCodec.RULE_EVENT.encode(L1));
      produceMarket(
          producer,
          quotes,
          tweets,
          T0,
          PHASE_2,
          20000,
          10000,
          "Tesla is great, I love it! Amazing!");
    }

    // Phase 1: the job runs until m1 has fired on tesla, then stops with a savepoint.
    JobClient first = start(withTrades(base, trades1, run + "-1"), null);
    String savepoint;
    List<Trade> phase1;
    try {
      phase1 = readCommittedTrades(stack.kafkaBootstrap(), trades1, t -> t.ruleId().equals("m1"));
      awaitOrderStatus(stack, keyspace, "OPEN");
      savepoint =
          first
              .stopWithSavepoint(
                  false,
                  dir.resolve("savepoints").toUri().toString(),
                  SavepointFormatType.CANONICAL)
              .get(2, TimeUnit.MINUTES);
    } catch (Exception e) {
      first.cancel();
      throw e;
    }
    assertThat(phase1)
        .filteredOn(t -> t.ruleId().equals("m1"))
        .first()
        .satisfies(t -> assertThat(t.explanation()).containsKey("sentiment:tesla:1m"));
    assertThat(phase1).extracting(Trade::ruleId).doesNotContain("u1", "l1");

    // The savepoint holds both rules; rename tesla -> elon into a new savepoint.
    assertThat(SavepointRules.read(StreamExecutionEnvironment.getExecutionEnvironment(), savepoint))
        .containsExactly(L1, M1, U1);
    String migrated = dir.resolve("migrated").toUri().toString();
    // As an operator would: the savepoint location exactly as Flink reported it.
    String[] apply = {
      "apply",
      "--savepoint",
      savepoint,
      "--migration",
      "rename-keyword",
      "--param",
      "from=tesla",
      "--param",
      "to=elon",
      "--out",
      dir.resolve("migrated").toString(),
      "--cql",
      StackJobs.cql(stack),
      "--keyspace",
      keyspace,
      "--kafka",
      stack.kafkaBootstrap(),
      "--rules-topic",
      rules
    };
    assertThat(MigrateCommandRunner.run(with(apply, "--dry-run"))).isZero();
    assertThat(dir.resolve("migrated")).doesNotExist();
    assertThat(storedRule(stack, keyspace, "m1")).isEqualTo(M1.text() + " r1");
    assertThat(MigrateCommandRunner.run(apply)).isZero();

    // Republished: userLogic and the rules topic hold the migrated m1 at the savepoint's new
    // revision;
    // u1, unchanged, gets no row and no event. The restored job will read r2 and ignore it as not
    // newer.
    RuleEvent m1r2 = M1.updated("WHEN sentiment(\"elon\", 1m) > 0.4 THEN BUY 1 TSLA", 2);
    assertThat(storedRule(stack, keyspace, "m1")).isEqualTo(m1r2.text() + " r2");
    assertThat(storedRule(stack, keyspace, "u1")).isNull();
    assertThat(ruleEvents(stack.kafkaBootstrap(), rules)).containsExactly(M1, U1, L1, m1r2);
    Path exported = dir.resolve("rules.json");
    assertThat(MigrateCommandRunner.export(dir.resolve("migrated"), exported)).isZero();
    assertThat(Files.readString(exported))
        .contains("sentiment(\\\"elon\\\", 1m)")
        .doesNotContain("tesla");

    // Phase 2: restore from the migrated savepoint; only Elon tweets and a higher AAPL.
    try (KafkaProducer<byte[], byte[]> producer = orderedProducer(stack.kafkaBootstrap())) {
      produceMarket(
          producer,
          quotes,
          tweets,
          PHASE_2,
          END,
          19850,
          10100,
          "Elon is great, I love it! Amazing!");
    }
    JobClient second = start(withTrades(base, trades2, run + "-2"), migrated);
    List<Trade> phase2;
    try {
      phase2 =
          readCommittedTrades(
              stack.kafkaBootstrap(),
              trades2,
              t -> List.of("m1", "u1", "l1").contains(t.ruleId()),
              3);
      awaitOrderStatus(stack, keyspace, "FILLED");
    } finally {
      second.cancel().get(1, TimeUnit.MINUTES);
    }
    assertThat(phase2)
        .filteredOn(t -> t.ruleId().equals("m1"))
        .isNotEmpty()
        .allSatisfy(
            t -> {
              assertThat(t.eventTime()).isGreaterThan(PHASE_2);
              assertThat(t.explanation())
                  .containsKey("sentiment:elon:1m")
                  .doesNotContainKey("sentiment:tesla:1m");
            });
    assertThat(phase2)
        .filteredOn(t -> t.ruleId().equals("u1"))
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.eventTime()).isGreaterThan(PHASE_2));
    // The order placed before the savepoint filled once, at phase 2's price.
    assertThat(phase2)
        .filteredOn(t -> t.ruleId().equals("l1"))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.status()).isEqualTo("FILLED");
              assertThat(t.quantity()).isEqualTo(5);
              assertThat(t.priceCents()).isEqualTo(19850);
              assertThat(t.reason()).isEqualTo("limit 199.00 filled at 198.50");
              assertThat(t.eventTime()).isGreaterThan(PHASE_2);
            });
  }

  /** Waits until carol's one order has {@code status} in {@code openorders}. */
  private static void awaitOrderStatus(RealStack stack, String keyspace, String status)
      throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    List<String> seen = List.of();
    try (CqlSession cql = stack.cqlSession(keyspace)) {
      while (System.nanoTime() < deadline) {
        seen =
            cql.execute("SELECT status FROM openorders WHERE user_id = 'carol'").all().stream()
                .map(r -> r.getString("status"))
                .toList();
        if (seen.equals(List.of(status))) return;
        Thread.sleep(500);
      }
    }
    throw new AssertionError("carol's order is not " + status + " within " + TIMEOUT + ": " + seen);
  }

  private static String[] with(String[] args, String more) {
    String[] out = java.util.Arrays.copyOf(args, args.length + 1);
    out[args.length] = more;
    return out;
  }

  /**
   * {@code "<text> r<revision>"} of a live, published userLogic row, or null when there is none.
   */
  private static String storedRule(RealStack stack, String keyspace, String ruleId) {
    try (CqlSession cql = stack.cqlSession(keyspace)) {
      Row row =
          cql.execute(
                  "SELECT rule_text, revision, deleted, publish_pending FROM userlogic"
                      + " WHERE user_id IN ('alice', 'bob') AND rule_id = ?",
                  ruleId)
              .one();
      if (row == null) return null;
      assertThat(row.getBoolean("deleted")).isFalse();
      assertThat(row.getBoolean("publish_pending")).as("published").isFalse();
      return row.getString("rule_text") + " r" + row.getLong("revision");
    }
  }

  /** Every event of the (single-partition) rules topic, in order. */
  private static List<RuleEvent> ruleEvents(String bootstrap, String topic) throws Exception {
    List<RuleEvent> out = new ArrayList<>();
    for (var r : TopicReader.readToEnd(bootstrap, Optional.empty(), topic, false, TIMEOUT)) {
      out.add(JsonCodec.RULE_EVENT.decode(r.value()));
    }
    return out;
  }

  private static JobConfig withTrades(JobConfig base, String trades, String transactionalPrefix) {
    return base.withRules(
        RulesConfig.defaults().withOutputs(trades, trades + "-positions", transactionalPrefix));
  }

  /** Starts the unbounded job, from {@code savepoint} when not null. */
  private static JobClient start(JobConfig config, String savepoint) throws Exception {
    StreamExecutionEnvironment env =
        StackJobs.checkpointing(
            savepoint == null ? Map.of() : Map.of("execution.savepoint.path", savepoint));
    new TweeTradeJob(config, new KafkaCassandraIo(config)).attach(env);
    return env.executeAsync("RuleMigrationIT");
  }

  /** A quote per second for TSLA (partition 0) and AAPL (partition 1), a tweet every 5 s. */
  private static void produceMarket(
      KafkaProducer<byte[], byte[]> producer,
      String quotes,
      String tweets,
      long from,
      long to,
      long tslaCents,
      long aaplCents,
      String tweetText) {
    long id = from;
    for (long t = from + 1_000; t < to; t += 1_000) {
      send(
          producer,
          quotes,
          0,
          "TSLA",
          JsonCodec.QUOTE.encode(
              new Quote("TSLA", tslaCents, 10, tslaCents - 1, tslaCents + 1, t)));
      send(
          producer,
          quotes,
          1,
          "AAPL",
          JsonCodec.QUOTE.encode(
              new Quote("AAPL", aaplCents, 10, aaplCents - 1, aaplCents + 1, t)));
      if (t % 5_000 == 2_000) {
        send(
            producer,
            tweets,
            (int) (t / 5_000 % 2),
            "t",
            JsonCodec.TWEET.encode(
                new Tweet(
                    id++, tweetText, t, 7L, "fan", 100, "en", List.of(), List.of(), false, null)));
      }
    }
    producer.flush();
  }

  private static List<Trade> readCommittedTrades(
      String bootstrap, String topic, Predicate<Trade> wanted) throws Exception {
    return readCommittedTrades(bootstrap, topic, wanted, 1);
  }

  /**
   * Polls the committed trades of {@code topic} until {@code distinctRules} rules matching {@code
   * wanted} fired.
   */
  private static List<Trade> readCommittedTrades(
      String bootstrap, String topic, Predicate<Trade> wanted, int distinctRules) throws Exception {
    List<Trade> out = new ArrayList<>();
    try (var consumer = KafkaTestClients.committedReaderOfAll(bootstrap, topic)) {
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          out.add(JsonCodec.TRADE.decode(r.value()));
        }
        if (out.stream().filter(wanted).map(Trade::ruleId).distinct().count() >= distinctRules)
          return out;
      }
    }
    throw new AssertionError(
        "no trades of the expected rules on " + topic + " within " + TIMEOUT + "; got " + out);
  }
}
