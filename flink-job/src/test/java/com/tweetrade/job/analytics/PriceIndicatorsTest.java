package com.tweetrade.job.analytics;

import static com.tweetrade.job.Fixtures.ONE_MINUTE;
import static com.tweetrade.job.Fixtures.T0;
import static com.tweetrade.job.Fixtures.createRule;
import static com.tweetrade.job.Fixtures.quote;
import static com.tweetrade.job.Fixtures.ruleEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.tweetrade.job.rules.InputUpdate;
import com.tweetrade.job.rules.RulesStart;
import com.tweetrade.model.Quote;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.RuleEvent;
import java.time.Duration;
import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ema(T, n)} and {@code rsi(T, n)} from {@link PriceInputsFunction}: one-minute bars, the
 * bar in progress at its latest price, only for the indicators some rule reads.
 *
 * <p>The series: minute 0 closes at 101 (100 then 101), minute 1 at 102, minute 2 at 106 (104 then
 * 106), minute 3 trades at 103. EMA(3) (alpha 0.5): unknown until three closes, then (101 + 102 +
 * 104) / 3 = 307/3 with minute 2 at 104, 103 with minute 2 closed at 106, and 103 + 0.5 * (103 -
 * 103) = 103 with minute 3 at 103. RSI(2): changes +1, +4 (avg gain 2.5, loss 0: 100), then -3:
 * gain (2.5 + 0) / 2 = 1.25, loss (0 + 3) / 2 = 1.5, RSI = 100 - 100 / (1 + 1.25 / 1.5) = 100 *
 * 1.25 / 2.75.
 */
class PriceIndicatorsTest {
  private static final String RULE = "WHEN ema(TSLA, 3) > rsi(TSLA, 2) THEN BUY 1 TSLA";
  private static final double RSI_AFTER_DROP = 100 * 1.25 / 2.75;

  @AutoClose
  private KeyedBroadcastOperatorTestHarness<String, Quote, RuleEvent, InputUpdate> harness;

  @BeforeEach
  void setupHarness() throws Exception {
    harness = RuleInputsHarness.open(function(), Quote::ticker);
  }

  private static PriceInputsFunction function() {
    return new PriceInputsFunction(
        new PaneWindows(Duration.ofSeconds(10), WindowSet.LIVE), null, RulesStart.IMMEDIATE);
  }

  private void quoteAt(long priceCents, long time) throws Exception {
    harness.processElement(quote("TSLA", priceCents, 10, time), time);
  }

  private InputUpdate lastTick() {
    List<InputUpdate> ticks =
        harness.extractOutputValues().stream().filter(u -> !u.closed()).toList();
    return ticks.get(ticks.size() - 1);
  }

  private InputUpdate closeAt(long time) {
    return harness.extractOutputValues().stream()
        .filter(u -> u.closed() && u.eventTime() == time)
        .findFirst()
        .orElseThrow();
  }

  private void firstThreeMinutes() throws Exception {
    harness.processBroadcastElement(createRule("r1", RULE, 1), T0);
    quoteAt(10000, T0 + 1_000);
    quoteAt(10100, T0 + 50_000);
    harness.processWatermark(T0 + ONE_MINUTE - 1);
    quoteAt(10200, T0 + ONE_MINUTE + 1_000);
    harness.processWatermark(T0 + 2 * ONE_MINUTE - 1);
    quoteAt(10400, T0 + 2 * ONE_MINUTE + 1_000);
  }

  /**
   * After {@link #firstThreeMinutes}: minute 2 closes at 106 and minute 3 ticks at 103, which makes
   * EMA(3) 103 and RSI(2) {@link #RSI_AFTER_DROP}.
   */
  private void assertCloseAt106ThenTickAt103() throws Exception {
    quoteAt(10600, T0 + 2 * ONE_MINUTE + 30_000);
    harness.processWatermark(T0 + 3 * ONE_MINUTE - 1);
    quoteAt(10300, T0 + 3 * ONE_MINUTE + 1_000);
    assertThat(lastTick().values()).containsEntry("ema:TSLA:3", 103.0);
    assertThat(lastTick().values().get("rsi:TSLA:2")).isCloseTo(RSI_AFTER_DROP, offset(1e-12));
  }

  @Test
  void shouldBeUnknownUntilEnoughBarsThenCountTheBarInProgress() throws Exception {
    harness.processBroadcastElement(createRule("r1", RULE, 1), T0);
    quoteAt(10000, T0 + 1_000);
    assertThat(lastTick().values().get("ema:TSLA:3")).isNaN();
    assertThat(lastTick().values().get("rsi:TSLA:2")).isNaN();
    quoteAt(10100, T0 + 50_000);
    harness.processWatermark(T0 + ONE_MINUTE - 1);
    assertThat(closeAt(T0 + ONE_MINUTE).values().get("ema:TSLA:3")).isNaN();
    quoteAt(10200, T0 + ONE_MINUTE + 1_000);
    assertThat(lastTick().values().get("ema:TSLA:3")).as("two closes").isNaN();
    harness.processWatermark(T0 + 2 * ONE_MINUTE - 1);
    quoteAt(10400, T0 + 2 * ONE_MINUTE + 1_000);

    assertThat(lastTick().values().get("ema:TSLA:3")).isCloseTo(307.0 / 3, offset(1e-12));
    assertThat(lastTick().values()).containsEntry("rsi:TSLA:2", 100.0);

    quoteAt(10600, T0 + 2 * ONE_MINUTE + 30_000);
    assertThat(lastTick().values()).containsEntry("ema:TSLA:3", 103.0);
    harness.processWatermark(T0 + 3 * ONE_MINUTE - 1);
    assertThat(closeAt(T0 + 3 * ONE_MINUTE).values()).containsEntry("ema:TSLA:3", 103.0);

    quoteAt(10300, T0 + 3 * ONE_MINUTE + 1_000);
    assertThat(lastTick().values()).containsEntry("ema:TSLA:3", 103.0);
    assertThat(lastTick().values().get("rsi:TSLA:2")).isCloseTo(RSI_AFTER_DROP, offset(1e-12));
  }

  @Test
  void shouldStartARuleReadLateFromTheClosesAlreadySeen() throws Exception {
    quoteAt(10000, T0 + 1_000);
    quoteAt(10100, T0 + 50_000);
    harness.processWatermark(T0 + ONE_MINUTE - 1);
    quoteAt(10200, T0 + ONE_MINUTE + 1_000);
    harness.processWatermark(T0 + 2 * ONE_MINUTE - 1);
    harness.processBroadcastElement(createRule("r1", RULE, 1), T0 + 2 * ONE_MINUTE);
    quoteAt(10400, T0 + 2 * ONE_MINUTE + 1_000);

    // Closes 101 and 102 were seen before any rule read ema(TSLA, 3): with 104 in progress it is
    // known at once.
    assertThat(lastTick().values().get("ema:TSLA:3")).isCloseTo(307.0 / 3, offset(1e-12));
    assertThat(lastTick().values()).containsEntry("rsi:TSLA:2", 100.0);
    assertCloseAt106ThenTickAt103();
  }

  /**
   * A backtest's order: every daily close read before the rules and before any watermark. The
   * closes of 2015-01-02..07 (AAPL: 103.87, 100.94, 100.95, 102.37) make EMA(3) 101.92 after the
   * third and 102.145 after the fourth.
   */
  @Test
  void shouldComputeDailyBarsReadAheadOfTheWatermarkAndTheRules() throws Exception {
    harness.close();
    harness =
        RuleInputsHarness.open(
            new PriceInputsFunction(
                new PaneWindows(Duration.ofDays(1), DAILY), null, RulesStart.IMMEDIATE),
            Quote::ticker);
    long day = Duration.ofDays(1).toMillis();
    long jan2 = java.time.Instant.parse("2015-01-02T20:00:00Z").toEpochMilli();
    long[] days = {0, 3, 4, 5};
    long[] cents = {10387, 10094, 10095, 10237};
    for (int i = 0; i < days.length; i++) {
      harness.processElement(
          quote("AAPL", cents[i], 10, jan2 + days[i] * day), jan2 + days[i] * day);
    }
    harness.processBroadcastElement(
        createRule("r1", "WHEN ema(AAPL, 3) < price(AAPL) THEN BUY 1 AAPL ON CLOSE", 1), 0);
    long jan8 = jan2 + 6 * day - 20 * 3_600_000L;
    harness.processWatermark(jan8 - day - 1);
    assertThat(closeAt(jan8 - day).values().get("ema:AAPL:3")).isCloseTo(101.92, offset(1e-9));
    harness.processWatermark(jan8 - 1);
    assertThat(closeAt(jan8).values().get("ema:AAPL:3")).isCloseTo(102.145, offset(1e-9));
  }

  private static final WindowSet DAILY =
      new WindowSet(
          "StockNet daily closes",
          List.of(
              com.tweetrade.model.Window.ONE_DAY,
              com.tweetrade.model.Window.FIVE_DAYS,
              com.tweetrade.model.Window.TWENTY_DAYS),
          Duration.ofDays(1));

  @Test
  void shouldKeepTheBarsThroughASnapshotAndRestore() throws Exception {
    firstThreeMinutes();
    OperatorSubtaskState snapshot = harness.snapshot(7, T0 + 2 * ONE_MINUTE + 2_000);
    harness.close();
    harness = RuleInputsHarness.restore(function(), Quote::ticker, snapshot, 7);

    assertCloseAt106ThenTickAt103();
  }

  @Test
  void shouldComputeOnlyTheIndicatorsARuleReads() throws Exception {
    harness.processBroadcastElement(
        createRule("r1", "WHEN price(TSLA) > 1 THEN BUY 1 TSLA", 1), T0);
    quoteAt(10000, T0 + 1_000);

    assertThat(lastTick().values()).doesNotContainKeys("ema:TSLA:3", "rsi:TSLA:2");
    assertThat(lastTick().values().keySet()).noneMatch(k -> k.startsWith("ema:"));
  }

  @Test
  void shouldForgetAnIndicatorNoRuleReadsAnyMore() throws Exception {
    firstThreeMinutes();
    harness.processBroadcastElement(
        ruleEvent(RuleEvent.Type.DELETE, "r1", null, false, 2), T0 + 2 * ONE_MINUTE + 2_000);
    harness.processWatermark(T0 + 2 * ONE_MINUTE + 20_000);
    // Panes, cursor and timers go an hour after the last quote; the indicators at the first close.
    harness.processWatermark(T0 + 65 * ONE_MINUTE);

    assertThat(RuleInputsHarness.stateEntries(harness)).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void shouldKeepAnIndicatorThroughAQuietSpellWhileARuleReadsIt() throws Exception {
    firstThreeMinutes();
    harness.processWatermark(T0 + 65 * ONE_MINUTE);
    assertThat(harness.numEventTimeTimers()).as("panes and timers gone").isZero();
    // Minute 2 closed at 104 (no later quote); an hour of quiet minutes has no bars.
    quoteAt(10300, T0 + 70 * ONE_MINUTE);

    // EMA: seed (101 + 102 + 104) / 3, then + 0.5 * (103 - 307/3).
    double seed = 307.0 / 3;
    assertThat(lastTick().values().get("ema:TSLA:3"))
        .isCloseTo(seed + 0.5 * (103 - seed), offset(1e-12));
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);
  }
}
