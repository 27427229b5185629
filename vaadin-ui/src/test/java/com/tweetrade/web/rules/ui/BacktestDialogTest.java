package com.tweetrade.web.rules.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.tweetrade.web.backtest.BacktestResult;
import com.tweetrade.web.backtest.BacktestService;
import com.tweetrade.web.backtest.BacktestSource;
import com.tweetrade.web.rules.RuleCheck;
import com.tweetrade.web.support.FakeTweetrade;
import com.tweetrade.web.support.SignedInBacktests;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Backtest dialog in a mocked browser (Karibu) with a stand-in command that only waits: an
 * invalid draft starts nothing, one backtest per user, cancel. {@code BacktestDialogIT} runs the
 * real command.
 */
class BacktestDialogTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
  static final Duration WAIT = Duration.ofSeconds(20);
  static final String RULE = "WHEN price(AAPL) > 1 THEN BUY 10 AAPL";

  @TempDir Path dir;
  private FakeTweetrade fake;
  private BacktestService service;

  @RegisterExtension final SignedInBacktests alice = new SignedInBacktests("alice");

  @BeforeEach
  void setUp() throws Exception {
    MockVaadin.setup();
    fake = FakeTweetrade.in(dir);
    service = alice.service(fake.command());
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
  }

  private BacktestDialog open(String rule) {
    BacktestDialog dialog = new BacktestDialog(service, rule, CLOCK);
    dialog.open();
    return dialog;
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    await(condition, WAIT);
  }

  /** Runs the UI's pending {@code ui.access} tasks until {@code condition} holds. */
  static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      MockVaadin.clientRoundtrip();
      if (condition.getAsBoolean()) return;
      assertThat(System.nanoTime()).as("condition within " + timeout).isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  @Test
  void shouldStartWithAllOfStockNetAndTheDefaultCapital() {
    BacktestDialog dialog = open(RULE);
    assertThat(dialog.draft.getText()).isEqualTo(RULE);
    assertThat(dialog.source.getValue()).isEqualTo(BacktestSource.STOCKNET);
    assertThat(dialog.from.getValue()).isEqualTo(LocalDate.of(2014, 1, 1));
    assertThat(dialog.to.getValue()).isEqualTo(LocalDate.of(2015, 12, 31));
    assertThat(dialog.capital.getValue()).isEqualTo(100_000.0);

    dialog.source.setValue(BacktestSource.RECORDED);
    assertThat(dialog.from.getValue()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(dialog.to.getValue()).isEqualTo(LocalDate.of(2026, 12, 7));
  }

  @Test
  void shouldRefuseADraftThatDoesNotParseWithTheParseMessageAndStartNothing() throws Exception {
    BacktestDialog dialog = open("WHEN price(AAPL) > 7m THEN BUY 10 AAPL");
    dialog.run.click();
    // The same message the editor shows under the text.
    assertThat(dialog.message.getText())
        .isEqualTo(
            "The rule does not parse: "
                + RuleCheck.of(dialog.draft.getText()).error().get().getMessage());
    assertThat(dialog.run.isEnabled()).isTrue();
    assertThat(dialog.cancel.isEnabled()).isFalse();
    assertThat(fake.starts()).isZero();
  }

  @Test
  void shouldRefuseASecondBacktestOfTheSameUserWithAClearMessage() throws Exception {
    BacktestDialog first = open(RULE);
    first.run.click();
    await(() -> first.progress.getText().equals("pretending to run"));
    assertThat(first.run.isEnabled()).isFalse();

    BacktestDialog second = open(RULE);
    second.run.click();
    assertThat(second.message.getText())
        .isEqualTo("One of your backtests is still running: wait for it or cancel it first.");
    assertThat(fake.starts(1, WAIT)).isEqualTo(1);
    first.cancel.click();
  }

  @Test
  void shouldCancelARunningBacktestAndAllowTheNextOne() throws Exception {
    BacktestDialog dialog = open(RULE);
    dialog.run.click();
    assertThat(dialog.cancel.isEnabled()).isTrue();
    long sleep = fake.sleepPid(WAIT).orElseThrow();

    dialog.cancel.click();
    await(() -> dialog.progress.getText().equals("Cancelled."));
    assertThat(dialog.run.isEnabled()).isTrue();
    assertThat(dialog.cancel.isEnabled()).isFalse();
    assertThat(dialog.working.isVisible()).isFalse();
    await(() -> ProcessHandle.of(sleep).map(p -> !p.isAlive()).orElse(true));

    dialog.run.click();
    assertThat(dialog.message.getText()).isEmpty();
    assertThat(fake.starts(2, WAIT)).isEqualTo(2);
    dialog.close();
    await(() -> !service.isRunning());
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldChartEquityOnTheLeftAxisAndDrawdownInPercentOnTheRight() {
    Map<String, Object> option =
        BacktestDialog.equityOption(
            List.of(new BacktestResult.Day(LocalDate.of(2014, 1, 2), 100_000.0, 0.01234)));

    assertThat(option).containsEntry("xAxis", Map.of("type", "time"));
    List<Map<String, Object>> series = (List<Map<String, Object>>) option.get("series");
    assertThat(series.get(0))
        .containsEntry("name", "equity ($)")
        .containsEntry("type", "line")
        .containsEntry("data", List.of(List.of("2014-01-02", 100_000.0)))
        .doesNotContainKey("yAxisIndex");
    assertThat(series.get(1))
        .containsEntry("name", "drawdown (%)")
        .containsEntry("yAxisIndex", 1)
        .containsEntry("data", List.of(List.of("2014-01-02", 1.23)));
  }
}
