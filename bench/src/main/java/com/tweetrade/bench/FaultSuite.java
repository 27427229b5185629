package com.tweetrade.bench;

import com.tweetrade.job.config.JobConfig;
import com.tweetrade.job.io.JobIo;
import com.tweetrade.job.trading.TradeStatus;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Trade;
import com.tweetrade.stack.LocalStack;
import com.tweetrade.stack.ProjectRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fault injection against a failure-free baseline over the same deterministic input, each run a
 * bounded job (reads the inputs to their end, then finishes) with its own outputs.
 *
 * <p>Faults: a task failure inside the MiniCluster; a Kafka broker restart (same ports and data
 * directory) and a Cassandra stop of {@code cassandraDown}, both only when the bench owns the
 * stack.
 */
public final class FaultSuite {
  private static final Logger LOG = LoggerFactory.getLogger(FaultSuite.class);
  private static final Duration READ_TIMEOUT = Duration.ofMinutes(3);

  private final BenchKafka kafka;
  private final BenchCassandra cassandra;
  private final LocalStack stack;
  private final int parallelism;
  private final long checkpointMs;
  private Duration cassandraDown = Duration.ofSeconds(60);
  private Duration nodeDown = Duration.ofSeconds(30);

  /**
   * Quotes per second per subtask in every fault run, the baseline included, so faults land
   * mid-run.
   */
  private double pace = 100;

  private Path workDir = ProjectRoot.find().resolve("bench/target/bench");

  /**
   * {@code stack}: the servers the bench started (null when it uses given ones: no server faults
   * then).
   */
  public FaultSuite(
      BenchKafka kafka,
      BenchCassandra cassandra,
      LocalStack stack,
      int parallelism,
      long checkpointMs) {
    this.kafka = kafka;
    this.cassandra = cassandra;
    this.stack = stack;
    this.parallelism = parallelism;
    this.checkpointMs = checkpointMs;
  }

  public FaultSuite withPace(double quotesPerSecondPerSubtask) {
    this.pace = quotesPerSecondPerSubtask;
    return this;
  }

  /** Where the standalone cluster of the TaskManager fault keeps its files and logs. */
  public FaultSuite withWorkDir(Path dir) {
    this.workDir = dir;
    return this;
  }

  public FaultSuite withCassandraDown(Duration down) {
    this.cassandraDown = down;
    return this;
  }

  /** How long a killed node of a cluster stays down before its restart. */
  public FaultSuite withNodeDown(Duration down) {
    this.nodeDown = down;
    return this;
  }

  /** Baseline, every fault, bad input; returns the markdown section for the report. */
  public String runAll(int quotes, long seed, int badEvents) throws Exception {
    BenchTopics topics = BenchTopics.create(kafka, 2);
    DeterministicInput.produce(kafka, topics, quotes, seed, 20);
    RunOutcome baseline = baseline(topics);
    List<RunOutcome.Comparison> rows = new ArrayList<>();
    List<Fault> runs =
        new ArrayList<>(
            List.of(
                () -> rows.add(taskFailure(topics, quotes / 3).against(baseline)),
                () -> rows.add(taskManagerKill(topics).against(baseline))));
    if (stack != null && stack.nodes() > 1) {
      NodeLoss loss = new NodeLoss(stack, kafka, nodeDown);
      runs.add(() -> rows.add(nodeLoss(topics, "broker", loss::killBroker).against(baseline)));
      runs.add(
          () ->
              rows.add(nodeLoss(topics, "Cassandra node", loss::killCassandra).against(baseline)));
      runs.add(() -> rows.add(taskManagerKill(topics, loss::killBroker).against(baseline)));
    } else if (stack != null) {
      runs.add(() -> rows.add(kafkaRestart(topics).against(baseline)));
      runs.add(() -> rows.add(cassandraStop(topics).against(baseline)));
    }
    rows.add(baseline.against(baseline));
    for (Fault run : runs) {
      run.inject();
      // Logged as soon as known: a later failure must not lose the counts.
      LOG.info("Fault comparison: {}", rows.get(rows.size() - 1));
    }
    String faults = table(quotes, rows);
    try {
      return faults
          + "\n"
          + new BadInput(kafka, cassandra, parallelism, checkpointMs)
              .run(badEvents, seed)
              .markdown();
    } catch (Exception | LinkageError e) {
      LOG.error("Bad-input suite failed", e);
      return faults + "\n## Bad input\n\nNOT COMPLETED: " + e + "\n";
    }
  }

  public RunOutcome baseline(BenchTopics topics) throws Exception {
    return run("baseline", topics, c -> new FailingQuotesIo(c, -1, pace), null);
  }

  public RunOutcome taskFailure(BenchTopics topics, long failAfter) throws Exception {
    int before = FailAfterFunction.thrown();
    RunOutcome run =
        run(
            "task failure after " + failAfter + " quotes",
            topics,
            c -> new FailingQuotesIo(c, failAfter, pace),
            null);
    int thrown = FailAfterFunction.thrown() - before;
    String note =
        (thrown == 0 ? "FAULT NOT INJECTED: " : "")
            + "the injected exception was thrown "
            + thrown
            + " time(s) (by one task attempt: one failover); "
            + run.note();
    return run.withNote(note);
  }

  public RunOutcome kafkaRestart(BenchTopics topics) throws Exception {
    return run(
        "Kafka broker restart",
        topics,
        c -> new FailingQuotesIo(c, -1, pace),
        () -> {
          stack.restartKafka();
        });
  }

  public RunOutcome cassandraStop(BenchTopics topics) throws Exception {
    return run(
        "Cassandra stopped " + cassandraDown.toSeconds() + " s",
        topics,
        c -> new FailingQuotesIo(c, -1, pace),
        () -> {
          stack.stopCassandra();
          Thread.sleep(cassandraDown.toMillis());
          stack.startCassandra();
        });
  }

  /** A fault to inject once the job has made progress (committed some quotes). */
  public interface Fault {
    void inject() throws Exception;
  }

  /** A fault that says what it did (for the run's note). */
  public interface NotedFault {
    String inject() throws Exception;
  }

  /** A cluster's node killed with SIGKILL mid-run, restarted, and seen catching up. */
  public RunOutcome nodeLoss(BenchTopics topics, String what, NotedFault loss) throws Exception {
    StringBuilder note = new StringBuilder();
    RunOutcome run =
        run(
            what + " killed (kill -9), restarted after " + nodeDown.toSeconds() + " s",
            topics,
            c -> new FailingQuotesIo(c, -1, pace),
            () -> note.append(loss.inject()));
    return run.withNote(note + run.note());
  }

  private RunOutcome run(
      String name, BenchTopics inputs, Function<JobConfig, JobIo> io, Fault fault)
      throws Exception {
    BenchTopics topics = inputs.withFreshOutputs(kafka);
    String keyspace = cassandra.createKeyspace();
    JobConfig config = BenchJob.config(kafka, cassandra, keyspace, topics, true);
    StreamExecutionEnvironment env = BenchJob.environment(parallelism, checkpointMs);
    BenchJob.attach(env, config, io.apply(config));
    long started = System.nanoTime();
    JobClient job = env.executeAsync("TweeTrade bench: " + name);
    String note = "";
    if (fault != null)
      note = injectWhenProgressing(job, config, inputs.quotes(), topics.aggregates(), fault);
    job.getJobExecutionResult().get();
    note += "job finished in " + (System.nanoTime() - started) / 1_000_000_000 + " s";
    return outcome(name, topics, keyspace, note);
  }

  /**
   * The same job (paced, bounded) on a standalone cluster of a JobManager and two TaskManagers, one
   * of which is killed once the job shows progress.
   */
  public RunOutcome taskManagerKill(BenchTopics inputs) throws Exception {
    return taskManagerKill(inputs, null);
  }

  /** As {@link #taskManagerKill(BenchTopics)}, with {@code together} lost at the same moment. */
  public RunOutcome taskManagerKill(BenchTopics inputs, NotedFault together) throws Exception {
    BenchTopics topics = inputs.withFreshOutputs(kafka);
    String keyspace = cassandra.createKeyspace();
    JobConfig config = BenchJob.config(kafka, cassandra, keyspace, topics, true);
    Path home = workDir.resolve("flink-cluster-" + System.currentTimeMillis());
    String note =
        TaskManagerKill.run(
            ProjectRoot.find(), home, kafka, config, parallelism, checkpointMs, pace, together);
    return outcome(
        together == null
            ? "TaskManager killed (standalone cluster)"
            : "TaskManager and a broker killed together",
        topics,
        keyspace,
        note + "logs in " + home);
  }

  private RunOutcome outcome(String name, BenchTopics topics, String keyspace, String note) {
    LOG.info("{}: {}", name, note);
    TradeCheck check =
        TradeCheck.of(
            kafka.readAll(topics.rules(), false, READ_TIMEOUT).stream()
                .map(r -> BenchKafka.decode(JsonCodec.RULE_EVENT, r.value()))
                .toList());
    List<Trade> trades =
        kafka.readAll(topics.trades(), true, READ_TIMEOUT).stream()
            .map(r -> BenchKafka.decode(JsonCodec.TRADE, r.value()))
            .toList();
    List<String> tradeIds = trades.stream().filter(check::replayable).map(Trade::id).toList();
    List<String> tickTradeIds =
        trades.stream().filter(t -> !check.replayable(t)).map(Trade::id).toList();
    long unsatisfied = trades.stream().filter(t -> !check.satisfied(t)).count();
    writeTrades(name, trades);
    return new RunOutcome(
        name,
        tradeIds,
        tickTradeIds,
        unsatisfied,
        cassandra.rows(keyspace, "stocktimeseries"),
        cassandra.rows(keyspace, "twitterkeysentiments"),
        cassandra.column(keyspace, "trades", "trade_id"),
        trades.stream().filter(FaultSuite::restingFill).map(Trade::id).toList(),
        note);
  }

  /** A resting order that filled: its reason says at what ({@code limit 247.35 filled at ...}). */
  private static boolean restingFill(Trade t) {
    return TradeStatus.FILLED.equals(t.status()) && t.reason().contains(" filled at ");
  }

  /** One line per committed trade, for looking up what a comparison reports missing or extra. */
  private void writeTrades(String run, List<Trade> trades) {
    Path file = workDir.resolve("trades-" + run.replaceAll("[^A-Za-z0-9]+", "-") + ".txt");
    try {
      Files.createDirectories(workDir);
      Files.write(file, trades.stream().map(JsonCodec.TRADE::encodeToString).sorted().toList());
      LOG.info("{}: {} committed trades listed in {}", run, trades.size(), file);
    } catch (IOException e) {
      LOG.warn("{}: could not list the trades in {}: {}", run, file, e.toString());
    }
  }

  /**
   * Injects {@code fault} as soon as the job is processing; returns what happened, for the note.
   */
  private String injectWhenProgressing(
      JobClient job, JobConfig config, String quotesTopic, String aggregatesTopic, Fault fault)
      throws Exception {
    if (!JobProgress.await(
        kafka,
        config.consumerGroup(),
        quotesTopic,
        aggregatesTopic,
        () -> status(job).isGloballyTerminalState())) {
      return "FAULT NOT INJECTED: the job finished before it showed progress; ";
    }
    long at = System.nanoTime();
    fault.inject();
    JobStatus status = status(job);
    String took =
        "took " + (System.nanoTime() - at) / 1_000_000 + " ms, job " + status + " right after; ";
    // A job that finished while the fault was on was not tested by it.
    return status == JobStatus.FINISHED
        ? "FAULT TOO LATE: " + took
        : "fault injected once the job showed progress, " + took;
  }

  /**
   * The job's status. A local environment's MiniCluster refuses status queries while it starts and
   * after it shut down (once the job finished): then the job's result future tells which.
   */
  private static JobStatus status(JobClient job) {
    try {
      return job.getJobStatus().get();
    } catch (Exception e) {
      return job.getJobExecutionResult().isDone() ? JobStatus.FINISHED : JobStatus.INITIALIZING;
    }
  }

  /** The comparison table: one row per run, counts that must be 0 unless the column is a total. */
  public static String table(int quotes, List<RunOutcome.Comparison> rows) {
    StringBuilder md =
        new StringBuilder(
            "## Fault injection (deterministic input: "
                + quotes
                + " historical-clock quotes, 1 tweet per event second, 20 rules; bounded runs)\n\n"
                + "| run | replayable trades | duplicate | missing | extra | multi-stream ON TICK"
                + " trades | not satisfying their rule | price rows | missing | extra | sentiment"
                + " rows | missing | extra | trades missing in Cassandra | resting orders filled |"
                + " missing | matches baseline | note |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
                + " --- | --- | --- | --- | --- |\n");
    for (RunOutcome.Comparison c : rows) {
      md.append(
          String.format(
              "| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %s"
                  + " | %s |%n",
              c.run(),
              c.trades(),
              c.duplicateTrades(),
              c.missingTrades(),
              c.extraTrades(),
              c.tickTrades(),
              c.unsatisfiedTrades(),
              c.priceRows(),
              c.missingPriceRows(),
              c.extraPriceRows(),
              c.sentimentRows(),
              c.missingSentimentRows(),
              c.extraSentimentRows(),
              c.missingCassandraTrades(),
              c.restingFills(),
              c.missingRestingFills(),
              c.matches() ? "yes" : "NO",
              c.note()));
    }
    return md.toString();
  }
}
