package com.tweetrade.web.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tweetrade.web.support.FakeTweetrade;
import com.tweetrade.web.support.SignedInBacktests;
import com.tweetrade.web.support.TestBacktests;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service's process handling with a stand-in command that only waits ({@link FakeTweetrade}):
 * the draft as one argument, no build, one backtest per user, cancel of the whole process tree.
 */
class BacktestServiceTest {
  private static final String RULE = "WHEN sentiment(\"$AAPL\", 1d) > 0.3 THEN BUY 10 AAPL";
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path dir;
  private FakeTweetrade fake;
  private BacktestService service;
  private final Recorder events = new Recorder();

  @RegisterExtension final SignedInBacktests alice = new SignedInBacktests("alice");

  @BeforeEach
  void setUp() throws Exception {
    fake = FakeTweetrade.in(dir);
    service = alice.service(fake.command());
  }

  private static BacktestRequest request(String rule) {
    return new BacktestRequest(
        rule,
        BacktestSource.STOCKNET,
        LocalDate.of(2014, 1, 1),
        LocalDate.of(2014, 3, 31),
        100_000.0);
  }

  @Test
  void shouldPassTheDraftAsOneArgumentAndNeverBuild() throws Exception {
    service.start(request(RULE), events);
    assertThat(events.next()).isEqualTo("progress: pretending to run");

    List<String> args = fake.arguments();
    assertThat(args.subList(0, 3)).containsExactly("backtest", "--rule", RULE);
    assertThat(args.subList(3, 11))
        .containsExactly(
            "--source",
            "stocknet",
            "--from",
            "2014-01-01",
            "--to",
            "2014-03-31",
            "--capital",
            "100000.00");
    assertThat(args.get(11)).isEqualTo("--out");
    assertThat(fake.noBuild()).isEqualTo("1");
  }

  @Test
  void shouldRefuseASecondBacktestOfTheSameUserButRunAnotherUsers() throws Exception {
    service.start(request(RULE), events);
    assertThat(fake.sleepPid(WAIT)).isPresent();

    assertThatThrownBy(() -> service.start(request(RULE), new Recorder()))
        .isInstanceOf(BacktestRefusedException.class)
        .hasMessageContaining("still running");
    assertThat(fake.starts(1, WAIT)).isEqualTo(1);

    TestBacktests.signInAs("bob");
    service.start(request(RULE), new Recorder());
    assertThat(fake.starts(2, WAIT)).isEqualTo(2);
  }

  @Test
  void shouldStopTheWholeProcessTreeOnCancelAndFreeTheUsersSlot() throws Exception {
    BacktestService.Run run = service.start(request(RULE), events);
    long sleep = fake.sleepPid(WAIT).orElseThrow();
    assertThat(ProcessHandle.of(sleep)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

    run.cancel();

    assertThat(events.next()).startsWith("progress");
    assertThat(events.next()).isEqualTo("cancelled");
    assertThat(service.isRunning()).isFalse();
    assertGone(sleep);
    service.start(request(RULE), new Recorder());
    assertThat(fake.starts(2, WAIT)).isEqualTo(2);
  }

  @Test
  void shouldStopABacktestThatRunsLongerThanTheTimeout() throws Exception {
    BacktestService impatient = TestBacktests.service(fake.command(), Duration.ofSeconds(1));
    impatient.start(request(RULE), events);
    long sleep = fake.sleepPid(WAIT).orElseThrow();

    assertThat(events.next()).startsWith("progress");
    assertThat(events.next())
        .isEqualTo(
            "failed: The backtest took longer than 1 s and was stopped: try a shorter range.");
    assertThat(impatient.isRunning()).isFalse();
    assertGone(sleep);
  }

  @Test
  void shouldStartNoProcessForADraftThatDoesNotParse() throws Exception {
    assertThatThrownBy(() -> service.start(request("WHEN price(AAPL) > THEN BUY 1 AAPL"), events))
        .isInstanceOf(BacktestRefusedException.class)
        .hasMessageStartingWith("The rule does not parse: at ");
    assertThat(service.isRunning()).isFalse();
    assertThat(fake.starts()).isZero();
  }

  /** Waits until process {@code pid} has ended, failing after {@link #WAIT}. */
  private static void assertGone(long pid) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
  }

  /** The listener's calls in order, as text. */
  static final class Recorder implements BacktestListener {
    private final BlockingQueue<String> calls = new LinkedBlockingQueue<>();

    String next() throws InterruptedException {
      String call = calls.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(call).as("a listener call within " + WAIT).isNotNull();
      return call;
    }

    @Override
    public void progress(String line) {
      calls.add("progress: " + line);
    }

    @Override
    public void finished(BacktestResult result) {
      calls.add("finished");
    }

    @Override
    public void failed(String message) {
      calls.add("failed: " + message);
    }

    @Override
    public void cancelled() {
      calls.add("cancelled");
    }
  }
}
