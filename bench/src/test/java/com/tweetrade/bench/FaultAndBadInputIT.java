package com.tweetrade.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.stack.LocalStack;
import com.tweetrade.stack.ProjectRoot;
import com.tweetrade.stack.StackSettings;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Short form of the fault suite (CI): its own Kafka and Cassandra (so it may restart them), a small
 * deterministic input, and a task failure, a Kafka broker restart and Cassandra stopped 90 s (plus,
 * opt-in, a TaskManager killed on a standalone cluster), each compared with the failure-free
 * baseline: fault injected mid-run, job finished by itself, no trade lost or duplicated, the same
 * aggregate rows, and every limit order that rests across the fault filled exactly once. Then
 * 10,000 malformed events and fuzzed rules: the job does not fail, every malformed record and every
 * invalid rule is dead-lettered with a reason. Writes its counts to {@code
 * target/bench/fault-suite-it.md}.
 */
class FaultAndBadInputIT {
  private static final int QUOTES = 4_000; // 200 s of event time, 5 tickers
  private static final long SEED = 7;

  /**
   * Long enough for several failed restarts with growing back-off (1, 2, 4, ... s) while rows
   * cannot be written; that no number of attempts ends the job is {@code JobConfigTest}'s, and
   * outages of 10 minutes are the long form's ({@code bin/tweetrade bench --faults --cassandra-down
   * 10m}): the 5.5 minutes this test once waited cost CI a sixth of its time.
   */
  private static final Duration CASSANDRA_DOWN = Duration.ofSeconds(90);

  /** {@code -Dbench.taskManagerKill=true} adds the TaskManager kill on a standalone cluster. */
  private static final String TASK_MANAGER_KILL = "bench.taskManagerKill";

  private static LocalStack stack;
  private static BenchKafka kafka;
  private static BenchCassandra cassandra;
  private static final List<RunOutcome.Comparison> ROWS = new ArrayList<>();

  @BeforeAll
  static void startStack() {
    Path root = ProjectRoot.find();
    // Secured like production: the job and the bench's clients sign in as the stack's admin.
    stack =
        LocalStack.start(
            StackSettings.randomPorts(
                    root.resolve("bench/target/fault-it-stack-" + System.currentTimeMillis()))
                .withSecurity(true),
            true,
            root);
    kafka = new BenchKafka(stack.kafkaBootstrap(), stack.adminCredentials());
    InetSocketAddress cql = stack.cassandraContactPoint();
    cassandra =
        new BenchCassandra(
            new InetSocketAddress(cql.getHostString(), cql.getPort()),
            root,
            stack.adminCredentials());
  }

  @AfterAll
  static void stopStack() throws Exception {
    if (stack != null) stack.close();
    Path out = ProjectRoot.find().resolve("bench/target/bench");
    Files.createDirectories(out);
    if (!ROWS.isEmpty()) {
      Files.writeString(out.resolve("fault-suite-it.md"), FaultSuite.table(QUOTES, ROWS));
    }
  }

  @Test
  @Timeout(value = 25, unit = TimeUnit.MINUTES)
  void shouldLoseAndDuplicateNothingUnderFaults() throws Exception {
    BenchTopics topics = BenchTopics.create(kafka, 2);
    DeterministicInput.produce(kafka, topics, QUOTES, SEED, 20);
    FaultSuite suite =
        new FaultSuite(kafka, cassandra, stack, 2, 500).withCassandraDown(CASSANDRA_DOWN);
    RunOutcome baseline = suite.baseline(topics);
    ROWS.add(baseline.against(baseline));
    assertThat(baseline.tradeIds()).as("the input makes the rules fire").isNotEmpty();
    assertThat(baseline.priceRows()).isNotEmpty();
    assertThat(baseline.sentimentRows()).isNotEmpty();
    assertThat(baseline.duplicateTrades()).isZero();
    assertThat(baseline.restingFillIds())
        .as("every resting limit order of the input fills once, in its second half")
        .hasSameSizeAs(BenchRules.resting(SEED, QUOTES, 0))
        .doesNotHaveDuplicates();

    List<FaultRun> faults =
        new ArrayList<>(
            List.of(
                () -> suite.taskFailure(topics, QUOTES / 3),
                () -> suite.kafkaRestart(topics),
                () -> suite.cassandraStop(topics)));
    // A standalone cluster takes minutes to start and run on a busy 2-core machine: opt-in here,
    // always part of the long form (bin/tweetrade bench --faults).
    if (Boolean.getBoolean(TASK_MANAGER_KILL)) faults.add(1, () -> suite.taskManagerKill(topics));
    List<RunOutcome> runs = new ArrayList<>();
    for (FaultRun fault : faults) {
      RunOutcome run = fault.run();
      runs.add(run);
      // Every comparison is recorded before the first assertion can end the test.
      ROWS.add(run.against(baseline));
    }
    for (RunOutcome run : runs) {
      RunOutcome.Comparison c = run.against(baseline);
      assertThat(run.note())
          .as(run.name())
          .doesNotContain("NOT INJECTED")
          .doesNotContain("TOO LATE")
          .doesNotContain("DID NOT FINISH");
      assertThat(c.matches()).as(c.toString()).isTrue();
    }
  }

  /** One fault run. */
  private interface FaultRun {
    RunOutcome run() throws Exception;
  }

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void shouldDeadLetterEveryMalformedEventAndRefuseEveryBadRule() throws Exception {
    BadInput.Outcome o = new BadInput(kafka, cassandra, 2, 500).run(10_000, 11);
    Files.createDirectories(ProjectRoot.find().resolve("bench/target/bench"));
    Files.writeString(
        ProjectRoot.find().resolve("bench/target/bench/bad-input-it.md"), o.markdown());
    assertThat(o.jobFinished()).as(o.failure()).isTrue();
    assertThat(o.sentByKind()).hasSize(MalformedEvents.KINDS.size());
    assertThat(o.deadLettered()).isEqualTo(10_000);
    assertThat(o.deadLettersForEvents())
        .as("each malformed record dead-lettered once")
        .isEqualTo(10_000);
    assertThat(o.rulesInvalid()).isPositive().isLessThan(BadInput.FUZZED_RULES);
    assertThat(o.rulesRefused()).isEqualTo(o.rulesInvalid());
    assertThat(o.validRulesRefused()).isZero();
    assertThat(o.ruleDeadLetters()).isEqualTo(o.rulesRefused());
  }
}
