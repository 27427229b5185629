package com.tweetrade.bench;

import com.tweetrade.job.config.JobConfig;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import com.tweetrade.model.rules.RuleEvent;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One throughput and latency run: rules, optional prefill, the job in a MiniCluster, producers at
 * the given rates, a plain consumer on the same quotes topic, a read_committed trades reader, and a
 * sampler once a second.
 *
 * <p>Latency (issue 14): the producers note each input's broker append time by the trigger id the
 * job will report ({@link TriggerLedger}); the trades reader measures each trade from its trigger's
 * append time ({@link LatencyBook}). After the measured period the job runs {@link #drainMillis}
 * longer, so trades decided at its end can become visible (their inputs are measured, later inputs
 * are not).
 */
public final class BenchRun {
  private static final Logger LOG = LoggerFactory.getLogger(BenchRun.class);

  /**
   * How long the ledger keeps append times: about 38 MB at 3,200 quotes/s. A trade decided later
   * than this after its input counts as one without a measured trigger.
   */
  static final int LEDGER_SECONDS = 600;

  /**
   * At most this many records kept per ticker (and of tweets), whatever the rate (20 bytes each).
   */
  private static final int LEDGER_MAX_PER_STREAM = 4_000_000;

  private final BenchSettings settings;
  private final BenchKafka kafka;
  private final BenchCassandra cassandra;
  private final long kafkaPid;
  private final long cassandraPid;
  private final AtomicLong produced = new AtomicLong();
  private final AtomicLong raw = new AtomicLong();
  private final TriggerLedger ledger;
  private final LatencyBook book;
  private volatile boolean running = true;
  private double startupSeconds;
  private double catchUpSeconds;

  /** -1 until the measured period starts. */
  private volatile long measureStartNanos = -1;

  private long committedAtStart;
  private long producedAtStart;
  private long tradesAtStart;
  private String loadAtStart = "n/a";
  private String loadAtEnd = "n/a";
  private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(5);
  private static final Set<String> TRADED = Set.copyOf(QuoteFeed.TICKERS);

  /** The quotes' realtime clock, never going back, as {@link TriggerLedger} needs. */
  private long lastQuoteTime;

  /**
   * {@code kafkaPid}/{@code cassandraPid}: the servers' processes when the bench started them, else
   * -1.
   */
  public BenchRun(
      BenchSettings settings,
      BenchKafka kafka,
      BenchCassandra cassandra,
      long kafkaPid,
      long cassandraPid) {
    this.settings = settings;
    this.kafka = kafka;
    this.cassandra = cassandra;
    this.kafkaPid = kafkaPid;
    this.cassandraPid = cassandraPid;
    // Only the traded tickers' quotes are kept (the others' rules never fire): a tenth of the
    // quotes.
    long perTicker =
        (long) settings.quotesPerSecond()
            * LEDGER_SECONDS
            / QuoteFeed.TRADED_EVERY
            / QuoteFeed.TICKERS.size();
    long tweets = (long) settings.tweetsPerSecond() * LEDGER_SECONDS;
    this.ledger = new TriggerLedger(ledgerCapacity(perTicker), ledgerCapacity(tweets));
    this.book = new LatencyBook(ledger);
  }

  private static int ledgerCapacity(long records) {
    return (int) Math.min(LEDGER_MAX_PER_STREAM, Math.max(1024, records));
  }

  /** How long the trades reader goes on after the measured period: 5 checkpoints, at least 10 s. */
  long drainMillis() {
    return Math.max(10_000, 5 * settings.checkpointMs());
  }

  public BenchResult run() throws Exception {
    BenchTopics topics = BenchTopics.create(kafka, settings.partitions());
    String keyspace = cassandra.createKeyspace();
    JobConfig config =
        BenchJob.withOrderLimit(
            BenchJob.config(kafka, cassandra, keyspace, topics, false),
            settings.maxOrdersPerMinute());
    QuoteFeed quotes = QuoteFeed.market(settings.seed());
    TweetFeed tweets = new TweetFeed();
    try (KafkaProducer<byte[], byte[]> producer = kafka.producer()) {
      for (RuleEvent r :
          BenchRules.latency(settings.rules(), System.currentTimeMillis(), settings.timing())) {
        producer.send(
            new ProducerRecord<>(
                topics.rules(), BenchKafka.utf8(r.ruleId()), JsonCodec.RULE_EVENT.encode(r)));
      }
      // Prefill quotes are not measured: counted for the trigger ids, not kept.
      for (long i = 0; i < settings.prefillQuotes(); i++)
        sendQuote(producer, topics, quotes, false);
      producer.flush();
    }
    LOG.info(
        "Published {} rules ({}) and {} prefill quotes",
        settings.rules(),
        settings.timing(),
        settings.prefillQuotes());

    StreamExecutionEnvironment env =
        BenchJob.environment(settings.parallelism(), settings.checkpointMs());
    BenchJob.attach(env, config, BenchJob.productionIo(config));
    long submitNanos = System.nanoTime();
    JobClient job = env.executeAsync("TweeTrade bench");
    long startNanos;
    List<Thread> threads =
        new ArrayList<>(
            List.of(
                thread("bench-producer", () -> produce(topics, quotes, tweets, submitNanos)),
                thread("bench-trades", () -> readTrades(topics.trades()))));
    List<Sample> samples = new ArrayList<>();
    try (Admin admin = kafka.admin()) {
      // On a loaded machine deploying the job's tasks takes many seconds: the clock of the
      // sustained measurement starts at its first committed checkpoint, the start-up is reported
      // apart.
      awaitFirstCommit(admin, config.consumerGroup(), topics.quotes(), job);
      startupSeconds = (System.nanoTime() - submitNanos) / 1e9;
      if (settings.prefillQuotes() == 0) {
        long caughtUpFrom = System.nanoTime();
        awaitCaughtUp(admin, config.consumerGroup(), topics.quotes(), job);
        catchUpSeconds = (System.nanoTime() - caughtUpFrom) / 1e9;
      }
      // The plain consumer starts with the measurement, from the beginning of the topic, like the
      // job did.
      threads.add(thread("bench-raw-consumer", () -> readRaw(topics.quotes())));
      loadAtStart = ProcessStats.loadAverage();
      startNanos = System.nanoTime();
      measureStartNanos = startNanos;
      book.startPeriod(System.currentTimeMillis());
      committedAtStart = kafka.committed(admin, config.consumerGroup(), topics.quotes());
      producedAtStart = produced.get();
      tradesAtStart = book.received();
      double lastCpu = ProcessStats.cpuSeconds(ProcessHandle.current().pid());
      long end = startNanos + settings.duration().toNanos();
      for (long second = 1; System.nanoTime() < end; second++) {
        Thread.sleep(
            Math.max(0, (startNanos + second * 1_000_000_000L - System.nanoTime()) / 1_000_000));
        double cpu = ProcessStats.cpuSeconds(ProcessHandle.current().pid());
        Sample s = sample(admin, config.consumerGroup(), topics.quotes(), second, cpu - lastCpu);
        samples.add(s);
        lastCpu = cpu;
        if (second % 10 == 0) LOG.info("{}", s);
      }
      book.endPeriod(System.currentTimeMillis());
      loadAtEnd = ProcessStats.loadAverage();
      LOG.info("Measured period over; reading trades {} ms longer", drainMillis());
      Thread.sleep(drainMillis());
    } finally {
      running = false;
      job.cancel().get();
      for (Thread t : threads) t.join(30_000);
    }
    book.closePending();
    return result(samples);
  }

  private void awaitFirstCommit(Admin admin, String group, String topic, JobClient job)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (kafka.committed(admin, group, topic) == 0) {
      if (System.nanoTime() > deadline)
        throw new IllegalStateException("The job committed nothing in 10 minutes");
      if (job.getJobStatus().get().isGloballyTerminalState()) {
        throw new IllegalStateException(
            "The job ended before committing anything: " + job.getJobStatus().get());
      }
      Thread.sleep(200);
    }
  }

  /**
   * Waits until the job has read what the producers sent during its start-up: its committed offsets
   * (which move at checkpoints) within two checkpoint intervals plus a second of the produced
   * count. Gives up after {@link #CATCH_UP_LIMIT} and measures anyway (the report shows the wait).
   */
  private void awaitCaughtUp(Admin admin, String group, String topic, JobClient job)
      throws Exception {
    long allowed = (long) (settings.quotesPerSecond() * (2 * settings.checkpointMs() / 1000.0 + 1));
    long deadline = System.nanoTime() + CATCH_UP_LIMIT.toNanos();
    while (produced.get() - kafka.committed(admin, group, topic) > allowed) {
      if (System.nanoTime() > deadline) {
        LOG.warn(
            "The job has not caught up with its start-up backlog in {}: measuring anyway",
            CATCH_UP_LIMIT);
        return;
      }
      if (job.getJobStatus().get().isGloballyTerminalState()) {
        throw new IllegalStateException(
            "The job ended while catching up: " + job.getJobStatus().get());
      }
      Thread.sleep(500);
    }
  }

  private Sample sample(Admin admin, String group, String quotesTopic, long second, double cores)
      throws Exception {
    long[][] inSecond = book.receivedBetween((second - 1) * 1000, second * 1000);
    Percentiles decision = new Percentiles(Arrays.stream(inSecond).mapToLong(l -> l[0]).toArray());
    Percentiles visible = new Percentiles(Arrays.stream(inSecond).mapToLong(l -> l[1]).toArray());
    return new Sample(
        second,
        produced.get() - producedAtStart,
        kafka.committed(admin, group, quotesTopic) - committedAtStart,
        raw.get(),
        book.received() - tradesAtStart,
        decision.at(50),
        decision.at(99),
        visible.at(99),
        cores,
        ProcessStats.rssMib(ProcessHandle.current().pid()),
        kafkaPid > 0 ? ProcessStats.rssMib(kafkaPid) : -1,
        cassandraPid > 0 ? ProcessStats.rssMib(cassandraPid) : -1);
  }

  private BenchResult result(List<Sample> samples) {
    Sample last = samples.get(samples.size() - 1);
    double jobRate = last.jobQuotes() / (double) last.second();
    // The plain consumer's rate over the seconds it needed to reach its final count.
    long rawSeconds =
        samples.stream()
            .filter(s -> s.rawQuotes() >= last.rawQuotes())
            .mapToLong(Sample::second)
            .min()
            .orElse(last.second());
    double rawRate = last.rawQuotes() / (double) rawSeconds;
    double jobPeak = peakRate(samples, Sample::jobQuotes);
    double rawPeak = peakRate(samples, Sample::rawQuotes);
    return new BenchResult(
        settings,
        samples,
        book.summary(),
        jobRate,
        rawRate,
        produced.get(),
        last.trades(),
        startupSeconds,
        catchUpSeconds,
        committedAtStart,
        jobPeak,
        rawPeak,
        loadAtStart,
        loadAtEnd);
  }

  /**
   * Highest rate over any 5 consecutive seconds: smooths the checkpoint steps of committed offsets.
   */
  static double peakRate(
      List<Sample> samples, java.util.function.ToLongFunction<Sample> cumulative) {
    double best = 0;
    for (int i = 5; i < samples.size(); i++) {
      best =
          Math.max(
              best,
              (cumulative.applyAsLong(samples.get(i)) - cumulative.applyAsLong(samples.get(i - 5)))
                  / 5.0);
    }
    return best;
  }

  /**
   * Keyed by ticker: one ticker's quotes stay in one partition in send order, as the trigger ids
   * assume.
   */
  private void sendQuote(
      KafkaProducer<byte[], byte[]> producer,
      BenchTopics topics,
      QuoteFeed feed,
      boolean measured) {
    long n = feed.count();
    long eventTime =
        settings.historicalClock()
            ? BenchSettings.HISTORICAL_START + n * 1000L / Math.max(1, settings.quotesPerSecond())
            : (lastQuoteTime = Math.max(lastQuoteTime, System.currentTimeMillis()));
    Quote q = feed.next(eventTime);
    TriggerLedger.Sent sent =
        ledger.quote(q.ticker(), q.eventTime(), measured && TRADED.contains(q.ticker()));
    producer.send(
        new ProducerRecord<>(
            topics.quotes(),
            null,
            q.eventTime(),
            BenchKafka.utf8(q.ticker()),
            JsonCodec.QUOTE.encode(q)),
        sent.kept() ? appendTimeTo(sent) : null);
    produced.incrementAndGet();
  }

  /**
   * The input topics use LogAppendTime, so the acknowledged record's timestamp is the broker's
   * append time.
   */
  private static Callback appendTimeTo(TriggerLedger.Sent sent) {
    return (metadata, error) -> {
      if (error == null) sent.appended(metadata.timestamp());
      else sent.failed();
    };
  }

  /** Paces both feeds in 10 ms steps so the rates hold on average without a busy loop. */
  private void produce(BenchTopics topics, QuoteFeed quotes, TweetFeed tweets, long startNanos) {
    try (KafkaProducer<byte[], byte[]> producer = kafka.producer()) {
      while (running) {
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        while (quotes.count() - settings.prefillQuotes() < elapsed * settings.quotesPerSecond()) {
          sendQuote(producer, topics, quotes, true);
        }
        while (tweets.count() < elapsed * settings.tweetsPerSecond()) {
          long t =
              settings.historicalClock()
                  ? BenchSettings.HISTORICAL_START
                      + tweets.count() * 1000L / Math.max(1, settings.tweetsPerSecond())
                  : System.currentTimeMillis();
          var tweet = tweets.next(t);
          TriggerLedger.Sent sent = ledger.tweet(tweet.id(), true);
          producer.send(
              new ProducerRecord<>(
                  topics.tweets(),
                  null,
                  tweet.createdAt(),
                  BenchKafka.utf8(Long.toString(tweet.id())),
                  JsonCodec.TWEET.encode(tweet)),
              appendTimeTo(sent));
        }
        Thread.sleep(10);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void readRaw(String topic) {
    try (var consumer = kafka.consumer(false)) {
      var parts = BenchKafka.partitions(consumer, topic);
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      while (running) raw.addAndGet(consumer.poll(Duration.ofMillis(200)).count());
    }
  }

  private void readTrades(String topic) {
    try (var consumer = kafka.consumer(true)) {
      var parts = BenchKafka.partitions(consumer, topic);
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      while (running) {
        for (var r : consumer.poll(Duration.ofMillis(200))) {
          long now = System.currentTimeMillis();
          long start = measureStartNanos;
          long sinceStart = start < 0 ? -1 : (System.nanoTime() - start) / 1_000_000;
          // r.timestamp(): CreateTime, stamped when the job's sink wrote the trade (BenchTopics).
          book.add(BenchKafka.decode(JsonCodec.TRADE, r.value()), r.timestamp(), now, sinceStart);
        }
        book.retryPending();
      }
    } catch (Exception e) {
      LOG.error("Trades reader stopped", e);
    }
  }

  private static Thread thread(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  static int cores() {
    return ManagementFactory.getOperatingSystemMXBean().getAvailableProcessors();
  }
}
