package com.tweetrade.job.cluster;

import static com.tweetrade.job.cluster.ClusterFixtures.CLOSING_TIME;
import static com.tweetrade.job.cluster.ClusterFixtures.PARTITIONS;
import static com.tweetrade.job.cluster.ClusterFixtures.RANGE_FROM;
import static com.tweetrade.job.cluster.ClusterFixtures.RANGE_TO;
import static com.tweetrade.job.cluster.ClusterFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.datastax.oss.driver.api.core.CqlSession;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.Quote;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.Tweet;
import com.tweetrade.stack.ProjectRoot;
import com.tweetrade.stack.flink.FlinkCluster;
import com.tweetrade.stack.flink.FlinkClusterSettings;
import com.tweetrade.stack.flink.JobSubmission;
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
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shaded job jar on a real standalone cluster (one JobManager, two TaskManagers, separate JVMs)
 * over the real Kafka and Cassandra, against the same jar in a MiniCluster.
 *
 * <p>The job runs at parallelism 2, is stopped with a savepoint, restored at 3, stopped again and
 * restored at 1; each run gets its own two minutes of input. The 15-minute windows span all three
 * runs, so their rows are right only if the window state crossed both savepoints, and the rule's
 * keyword is only tracked after the restarts if the rules' broadcast state did (the rules source
 * resumes after the rule, it does not read it again). Finally the MiniCluster reads the same topics
 * in one bounded run, and every price and cashtag row must be the same. (The rule keyword's rows in
 * the MiniCluster depend on whether the rule or the first tweets arrive first, so they are checked
 * against the cashtag rows instead: every "tesla" tweet carries $TSLA and vice versa.)
 */
@ExtendWith(RealStackExtension.class)
class JobOnClusterIT {
  private static final Duration TIMEOUT = Duration.ofMinutes(6);

  @Test
  void shouldEqualTheMiniClusterAndKeepStateWhenRescaledFromSavepoints(RealStack stack)
      throws Exception {
    Instant started = Instant.now();
    Path home =
        Files.createDirectories(
                Path.of("target").resolve("cluster-it-" + System.currentTimeMillis()))
            .toAbsolutePath();
    String quotes = stack.createTopic("quotes", PARTITIONS);
    String tweets = stack.createTopic("tweets", PARTITIONS);
    String rules = stack.createTopic("rules", 1);
    String aggregates = stack.createTopic("aggregates", 1);
    String deadLetters = stack.createTopic("dead-letters", 1);
    String clusterKeyspace = stack.createKeyspace();
    String miniKeyspace = stack.createKeyspace();
    Path jar = JobJar.locate();

    FlinkClusterSettings settings =
        FlinkClusterSettings.randomPorts(ProjectRoot.find(), home, 2, 2);
    List<ProcessHandle> processes = new ArrayList<>();
    try (KafkaProducer<byte[], byte[]> producer = producer(stack.kafkaBootstrap());
        CqlSession cluster = stack.cqlSession(clusterKeyspace);
        CqlSession mini = stack.cqlSession(miniKeyspace);
        FlinkCluster flink = FlinkCluster.start(settings)) {
      processes.addAll(flink.processHandles());
      log(started, "cluster up");
      send(producer, rules, 0, JsonCodec.RULE_EVENT.encode(ClusterFixtures.rule()));

      JobSubmission submission =
          JobSubmission.of(
              2, jobArgs(stack, clusterKeyspace, quotes, tweets, rules, aggregates, deadLetters));
      String jarId = flink.rest().uploadJar(jar);
      String job = flink.run(jarId, submission);
      log(started, "job running at parallelism 2");
      probeUntilRuleTracked(producer, tweets, cluster);
      log(started, "rule tracked");

      int[] parallelisms = {2, 3, 1};
      for (int stage = 0; stage < parallelisms.length; stage++) {
        if (stage > 0) {
          FlinkCluster.Rescaled next = flink.rescale(jarId, job, submission, parallelisms[stage]);
          job = next.jobId();
          assertThat(next.savepoint())
              .startsWith("file:")
              .contains(settings.savepointsDir().toString());
          int parallelism = parallelisms[stage];
          assertThat(flink.rest().vertexParallelism(job).values())
              .contains(parallelism)
              .allMatch(p -> p <= parallelism);
          log(
              started,
              "restored from " + next.savepoint() + " at parallelism " + parallelisms[stage]);
        }
        produceStage(producer, quotes, tweets, stage);
        long end = ClusterFixtures.lastClosedPaneEnd(stage);
        String runningJob = job;
        await(
            "stage " + stage + " processed up to " + Instant.ofEpochMilli(end),
            () -> AggregateTables.hasPriceRow(cluster, "MSFT", "15m", end),
            flink,
            runningJob);
        log(started, "stage " + stage + " processed");
      }
      for (int p = 0; p < PARTITIONS; p++) {
        send(
            producer,
            quotes,
            p,
            JsonCodec.QUOTE.encode(
                ClusterFixtures.quote(ClusterFixtures.TICKERS.get(p), 10_000, 1, CLOSING_TIME)));
        send(
            producer,
            tweets,
            p,
            JsonCodec.TWEET.encode(ClusterFixtures.tweet(9_000 + p, "closing bell", CLOSING_TIME)));
      }
      producer.flush();
      String lastJob = job;
      for (int p = 0; p < PARTITIONS; p++) {
        String ticker = ClusterFixtures.TICKERS.get(p);
        long end = ClusterFixtures.lastPriceRowEnd(p);
        await(
            ticker + "'s last 15m row, ending " + Instant.ofEpochMilli(end),
            () -> AggregateTables.hasPriceRow(cluster, ticker, "15m", end),
            flink,
            lastJob);
      }
      // Stopping (not cancelling) flushes the sinks in the final savepoint, and the cluster job
      // then
      // neither competes with the reference run for the CPU nor for Kafka transactional ids.
      flink.stopWithSavepoint(lastJob);
      log(started, "all rows written, job stopped");

      // The reference: the same jar and topics in a MiniCluster, bounded, to their end.
      List<String> miniArgs =
          jobArgs(stack, miniKeyspace, quotes, tweets, rules, aggregates, deadLetters);
      MiniClusterRun.runToEnd(jar, miniArgs, home, TIMEOUT);
      log(started, "MiniCluster run finished");
      List<PriceAggregate> expectedPrices = AggregateTables.prices(mini, RANGE_FROM, RANGE_TO);
      List<SentimentAggregate> expectedSentiments =
          cashtagsOnly(AggregateTables.sentiments(mini, RANGE_FROM, RANGE_TO));
      assertThat(expectedPrices).hasSizeGreaterThan(100);

      await(
          "the cluster's rows to match the MiniCluster's",
          () ->
              AggregateTables.prices(cluster, RANGE_FROM, RANGE_TO).size() >= expectedPrices.size()
                  && cashtagsOnly(AggregateTables.sentiments(cluster, RANGE_FROM, RANGE_TO)).size()
                      >= expectedSentiments.size(),
          flink,
          lastJob);
      List<PriceAggregate> prices = AggregateTables.prices(cluster, RANGE_FROM, RANGE_TO);
      List<SentimentAggregate> sentiments =
          AggregateTables.sentiments(cluster, RANGE_FROM, RANGE_TO);

      assertThat(prices).containsExactlyElementsOf(expectedPrices);
      assertSameSentiments(cashtagsOnly(sentiments), expectedSentiments);
      assertWindowSpansAllThreeRuns(prices);
      assertRuleKeywordTrackedThroughout(sentiments);
      log(
          started,
          "compared " + prices.size() + " price and " + sentiments.size() + " sentiment rows");
    } finally {
      log(started, "cluster stopped");
    }
    assertThat(processes).hasSize(3).noneMatch(ProcessHandle::isAlive);
  }

  /** TSLA's 15m window ending after the third run holds the quotes of all three runs. */
  private static void assertWindowSpansAllThreeRuns(List<PriceAggregate> prices) {
    long end = ClusterFixtures.lastClosedPaneEnd(2) + ClusterFixtures.PANE;
    long quotes = 0, volume = 0;
    for (int stage = 0; stage < 3; stage++) {
      for (Quote q : ClusterFixtures.quotes(stage, 0)) {
        if (q.eventTime() < end) {
          quotes++;
          volume += q.size();
        }
      }
    }
    PriceAggregate row =
        prices.stream()
            .filter(
                p -> p.ticker().equals("TSLA") && p.window().equals("15m") && p.windowEnd() == end)
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no TSLA 15m row ending " + Instant.ofEpochMilli(end)));
    assertThat(row.count()).isEqualTo(quotes);
    assertThat(row.volume()).isEqualTo(volume);
    assertThat(row.windowEnd() - T0).isGreaterThan(2 * ClusterFixtures.STAGE);
  }

  /**
   * "tesla" comes from the rule: its rows equal $TSLA's, in every run, so the rule survived both
   * restores.
   */
  private static void assertRuleKeywordTrackedThroughout(List<SentimentAggregate> sentiments) {
    List<SentimentAggregate> tesla =
        sentiments.stream().filter(s -> s.keyword().equals("tesla")).toList();
    List<SentimentAggregate> cashtag =
        sentiments.stream()
            .filter(s -> s.keyword().equals("$TSLA"))
            .map(
                s ->
                    new SentimentAggregate(
                        "tesla",
                        s.window(),
                        s.windowEnd(),
                        s.meanCompound(),
                        s.count(),
                        s.sharePositive(),
                        s.shareNegative()))
            .toList();
    assertSameSentiments(tesla, cashtag);
    assertThat(tesla)
        .anyMatch(s -> s.windowEnd() > T0 + 2 * ClusterFixtures.STAGE && s.window().equals("1m"));
  }

  private static void assertSameSentiments(
      List<SentimentAggregate> actual, List<SentimentAggregate> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      // Sums of doubles may be added in another order at another parallelism.
      assertThat(actual.get(i))
          .usingRecursiveComparison()
          .ignoringFields("meanCompound")
          .isEqualTo(expected.get(i));
      assertThat(actual.get(i).meanCompound())
          .isCloseTo(expected.get(i).meanCompound(), within(1e-9));
    }
  }

  private static List<SentimentAggregate> cashtagsOnly(List<SentimentAggregate> rows) {
    return rows.stream().filter(s -> s.keyword().startsWith("$")).toList();
  }

  private static void produceStage(
      KafkaProducer<byte[], byte[]> producer, String quotes, String tweets, int stage)
      throws Exception {
    for (int p = 0; p < PARTITIONS; p++) {
      for (Quote q : ClusterFixtures.quotes(stage, p))
        send(producer, quotes, p, JsonCodec.QUOTE.encode(q));
      for (Tweet t : ClusterFixtures.tweets(stage, p))
        send(producer, tweets, p, JsonCodec.TWEET.encode(t));
    }
    producer.flush();
  }

  /**
   * Probe tweets an hour before the data, on every partition, until the rule's keyword has a row.
   */
  private static void probeUntilRuleTracked(
      KafkaProducer<byte[], byte[]> producer, String tweets, CqlSession cql) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    for (int k = 0; System.nanoTime() < deadline; k++) {
      for (int p = 0; p < PARTITIONS; p++) {
        send(
            producer,
            tweets,
            p,
            JsonCodec.TWEET.encode(
                ClusterFixtures.tweet(
                    10_000 + 3L * k + p,
                    "tesla probe",
                    T0 - 3_600_000 + k * ClusterFixtures.PANE)));
      }
      producer.flush();
      boolean tracked =
          AggregateTables.sentiments(cql, T0 - 3_600_000, T0).stream()
              .anyMatch(s -> s.keyword().equals("tesla"));
      if (tracked) return;
      Thread.sleep(1_000);
    }
    throw new AssertionError("the rule's keyword 'tesla' was never tracked within " + TIMEOUT);
  }

  private static List<String> jobArgs(
      RealStack stack,
      String keyspace,
      String quotes,
      String tweets,
      String rules,
      String aggregates,
      String deadLetters) {
    return List.of(
        "--kafka",
        stack.kafkaBootstrap(),
        "--cql",
        stack.cassandraContactPoint().getHostString()
            + ":"
            + stack.cassandraContactPoint().getPort(),
        "--keyspace",
        keyspace,
        "--quotes-topic",
        quotes,
        "--tweets-topic",
        tweets,
        "--rules-topic",
        rules,
        "--aggregates-topic",
        aggregates,
        "--dead-letters-topic",
        deadLetters,
        "--group",
        "cluster-it-" + UUID.randomUUID(),
        // Every partition has data in every run, so none needs to go idle. With the default 30 s, a
        // partition
        // still empty while the others' data arrives would go idle, the watermark would pass its
        // data, and
        // that data would be late: which rows exist would depend on how fast this test sends.
        "--idleness",
        "30m");
  }

  private static void await(String what, BooleanSupplier done, FlinkCluster flink, String jobId)
      throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "Waited "
                + TIMEOUT.toSeconds()
                + " s for "
                + what
                + "; job "
                + jobId
                + " is "
                + flink.rest().jobState(jobId)
                + ", root exception: "
                + flink.rest().rootException(jobId));
      }
      flink
          .firstDeath()
          .ifPresent(
              death -> {
                throw new AssertionError(death);
              });
      Thread.sleep(1_000);
    }
  }

  private static void send(
      KafkaProducer<byte[], byte[]> producer, String topic, int partition, byte[] value)
      throws Exception {
    producer
        .send(new ProducerRecord<>(topic, partition, "k".getBytes(StandardCharsets.UTF_8), value))
        .get();
  }

  private static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  private static void log(Instant started, String what) {
    System.out.printf(
        "JobOnClusterIT +%ds: %s%n", Duration.between(started, Instant.now()).toSeconds(), what);
  }
}
