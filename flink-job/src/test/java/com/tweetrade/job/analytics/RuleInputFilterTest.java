package com.tweetrade.job.analytics;

import static com.tweetrade.job.Fixtures.T0;
import static com.tweetrade.job.Fixtures.TEN_SECONDS;
import static com.tweetrade.job.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.tweetrade.job.rules.InputUpdate;
import com.tweetrade.job.rules.RulesCatchUp;
import com.tweetrade.job.rules.RulesStart;
import com.tweetrade.model.Quote;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.tickers.TickerDirectory;
import java.time.Duration;
import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.AbstractUdfStreamOperator;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * The rule inputs emit only what some rule reads ({@code RuleInputFilter}), and keep the windows of
 * every subject, so a rule added later gets the values it would have got without the filter.
 */
class RuleInputFilterTest {
  private static final PaneWindows PANES = new PaneWindows(Duration.ofSeconds(10), WindowSet.LIVE);
  private static final String ALICE = "alice";

  private static KeyedBroadcastOperatorTestHarness<String, Quote, RuleEvent, InputUpdate> prices(
      RulesStart start) throws Exception {
    return RuleInputsHarness.open(
        new PriceInputsFunction(PANES, TickerDirectory.standard(), start), Quote::ticker);
  }

  /**
   * Price inputs of a job started without state, once the rules of job start are in (none here).
   */
  private static KeyedBroadcastOperatorTestHarness<String, Quote, RuleEvent, InputUpdate>
      filteringPrices() throws Exception {
    var h = prices(RulesStart.AFTER_CATCH_UP);
    rule(h, RulesCatchUp.MARKER_AFTER_EVERY_RULE);
    return h;
  }

  private static KeyedBroadcastOperatorTestHarness<String, Quote, RuleEvent, InputUpdate>
      restoredPrices(OperatorSubtaskState snapshot, long checkpointId) throws Exception {
    var function =
        new PriceInputsFunction(PANES, TickerDirectory.standard(), RulesStart.AFTER_CATCH_UP);
    return RuleInputsHarness.restore(function, Quote::ticker, snapshot, checkpointId);
  }

  private static void quoteAt(
      KeyedBroadcastOperatorTestHarness<String, Quote, RuleEvent, ?> h,
      String ticker,
      long priceCents,
      long time)
      throws Exception {
    h.processElement(quote(ticker, priceCents, 10, time), time);
  }

  private static void rule(
      KeyedBroadcastOperatorTestHarness<String, ?, RuleEvent, ?> h, RuleEvent event)
      throws Exception {
    h.processBroadcastElement(event, Long.MAX_VALUE);
  }

  private static List<String> subjects(
      KeyedBroadcastOperatorTestHarness<String, ?, ?, InputUpdate> h) {
    return h.extractOutputValues().stream().map(InputUpdate::subject).toList();
  }

  private static List<InputUpdate> ticks(
      KeyedBroadcastOperatorTestHarness<String, ?, ?, InputUpdate> h) {
    return h.extractOutputValues().stream().filter(u -> !u.closed()).toList();
  }

  @Test
  void shouldEmitOnlyTheInputsOfTickersThatARuleReads() throws Exception {
    try (var h = filteringPrices()) {
      rule(h, RuleEvent.create("r1", ALICE, "WHEN price(TSLA) > 100 THEN BUY 1 TSLA", T0));
      quoteAt(h, "TSLA", 10000, T0 + 1_000);
      quoteAt(h, "AAPL", 20000, T0 + 2_000);
      quoteAt(h, "MSFT", 30000, T0 + 3_000);
      h.processWatermark(T0 + 2 * TEN_SECONDS);

      // An ON TICK rule gets the ticks of its ticker; a ticker's pane closes go to ON CLOSE rules
      // only.
      assertThat(h.extractOutputValues())
          .extracting(InputUpdate::subject, InputUpdate::closed)
          .containsExactly(tuple("TSLA", false));
      // The windows of every ticker are kept all the same: three tickers, three timers.
      assertThat(h.numEventTimeTimers()).isEqualTo(3);
    }
  }

  @Test
  void shouldKeepTheWindowsOfAnUnreadTickerAndLetThemAgeOutWithoutEmittingIt() throws Exception {
    try (var h = filteringPrices()) {
      quoteAt(h, "AAPL", 20000, T0 + 1_000);
      h.processWatermark(T0 + 62 * 60_000);

      assertThat(h.extractOutputValues()).isEmpty();
      // Its panes left one longest window after its quote, and its timers with them.
      assertThat(RuleInputsHarness.stateEntries(h)).isZero();
      assertThat(h.numEventTimeTimers()).isZero();

      // A rule that comes later still gets the right windows from the next quote on.
      rule(h, RuleEvent.create("r1", ALICE, "WHEN price(AAPL) > 100 THEN BUY 1 AAPL", T0));
      quoteAt(h, "AAPL", 21000, T0 + 62 * 60_000 + 1_000);
      assertThat(ticks(h))
          .singleElement()
          .satisfies(u -> assertThat(u.values()).containsEntry("avg:AAPL:15m", 210.0));
    }
  }

  @Test
  void shouldEmitWhatTheRouterRoutesByTiming() throws Exception {
    try (var h = filteringPrices()) {
      rule(
          h,
          RuleEvent.create("c1", ALICE, "WHEN avg(AAPL, 1m) > 100 THEN BUY 1 AAPL ON CLOSE", T0));
      quoteAt(h, "AAPL", 20000, T0 + 1_000);
      h.processWatermark(T0 + TEN_SECONDS);

      // An ON CLOSE rule reads closes, not ticks.
      assertThat(h.extractOutputValues())
          .extracting(InputUpdate::subject, InputUpdate::closed)
          .containsExactly(tuple("AAPL", true));
    }
  }

  @Test
  void shouldGiveARuleAddedAfterQuotesTheWindowedValuesOfThoseQuotes() throws Exception {
    try (var filtered = filteringPrices();
        var all = prices(RulesStart.AFTER_CATCH_UP)) {
      for (var h : List.of(filtered, all)) {
        quoteAt(h, "AAPL", 10000, T0 + 1_000);
        quoteAt(h, "AAPL", 11000, T0 + 11_000);
        h.processWatermark(T0 + 15_000);
      }
      assertThat(filtered.extractOutputValues()).as("no rule reads AAPL yet").isEmpty();

      RuleEvent avg =
          RuleEvent.create("r1", ALICE, "WHEN price(AAPL) > avg(AAPL, 1m) THEN BUY 1 AAPL", T0);
      rule(filtered, avg);
      rule(all, avg);
      quoteAt(filtered, "AAPL", 12000, T0 + 21_000);
      quoteAt(all, "AAPL", 12000, T0 + 21_000);

      InputUpdate tick = ticks(filtered).get(0);
      assertThat(ticks(filtered)).hasSize(1);
      // The three quotes, two of them before the rule: avg 110, vwap 110, last 120.
      assertThat(tick.values())
          .containsEntry("price:AAPL", 120.0)
          .containsEntry("avg:AAPL:1m", 110.0)
          .containsEntry("vwap:AAPL:15m", 110.0);
      // Exactly the update the inputs gave before the filter existed, trigger id included.
      assertThat(tick).isEqualTo(ticks(all).get(ticks(all).size() - 1));
    }
  }

  @Test
  void shouldStopTheInputsOfATickerOnceNoRuleReadsIt() throws Exception {
    try (var h = filteringPrices()) {
      rule(h, RuleEvent.create("r1", ALICE, "WHEN price(TSLA) > 100 THEN BUY 1 TSLA", T0));
      rule(h, RuleEvent.create("r2", "bob", "WHEN change(TSLA, 5m) > 1% THEN SELL 1 TSLA", T0));
      quoteAt(h, "TSLA", 10000, T0 + 1_000);

      rule(h, RuleEvent.delete("r1", ALICE, 2, T0));
      quoteAt(h, "TSLA", 10100, T0 + 2_000);

      // r2 now reads AAPL (a new text at a new revision): nothing reads TSLA any more.
      rule(
          h,
          RuleEvent.update("r2", "bob", "WHEN price(AAPL) > 100 THEN SELL 1 AAPL", false, 2, T0));
      quoteAt(h, "TSLA", 10200, T0 + 3_000);
      quoteAt(h, "AAPL", 20000, T0 + 4_000);

      rule(h, RuleEvent.delete("r2", "bob", 3, T0));
      quoteAt(h, "AAPL", 20100, T0 + 5_000);

      assertThat(ticks(h))
          .extracting(InputUpdate::subject, InputUpdate::eventTime)
          .containsExactly(
              tuple("TSLA", T0 + 1_000), tuple("TSLA", T0 + 2_000), tuple("AAPL", T0 + 4_000));
    }
  }

  @Test
  void shouldKeepEmittingForAPausedRuleAndIgnoreEventsTheRouterRefuses() throws Exception {
    try (var h = filteringPrices()) {
      rule(h, RuleEvent.create("r1", ALICE, "WHEN price(TSLA) > 100 THEN BUY 1 TSLA", T0));
      rule(h, RuleEvent.pause("r1", ALICE, "WHEN price(TSLA) > 100 THEN BUY 1 TSLA", 2, T0));
      // Another user cannot take r1 over, nor delete it; a stale revision changes nothing.
      rule(h, RuleEvent.delete("r1", "mallory", 5, T0));
      rule(h, RuleEvent.delete("r1", ALICE, 1, T0));
      // A rule that does not compile (an unknown ticker) reads nothing.
      rule(h, RuleEvent.create("r9", ALICE, "WHEN price(NOPE1) > 1 THEN BUY 1 NOPE1", T0));
      quoteAt(h, "TSLA", 10000, T0 + 1_000);

      assertThat(subjects(h)).containsExactly("TSLA");
    }
  }

  @Test
  void shouldFilterSentimentInputsByTheKeywordsRulesRead() throws Exception {
    var function =
        new SentimentInputsFunction(PANES, TickerDirectory.standard(), RulesStart.AFTER_CATCH_UP);
    try (var h = RuleInputsHarness.open(function, KeywordMention::keyword)) {
      h.processBroadcastElement(RulesCatchUp.MARKER_AFTER_EVERY_RULE, Long.MAX_VALUE);
      h.processBroadcastElement(
          RuleEvent.create("s1", ALICE, "WHEN sentiment(\"tesla\", 1m) > 0.4 THEN BUY 1 TSLA", T0),
          Long.MAX_VALUE);
      h.processElement(new KeywordMention("tesla", 0.8, 0.0, 1L), T0 + 1_000);
      h.processElement(new KeywordMention("$ZBRA", 0.8, 0.0, 2L), T0 + 2_000);
      h.processWatermark(T0 + TEN_SECONDS);

      // A keyword's closes go to ON TICK rules too (they carry the aging of a quiet keyword).
      assertThat(h.extractOutputValues())
          .extracting(InputUpdate::subject, InputUpdate::closed)
          .containsExactly(tuple("tesla", false), tuple("tesla", true));
    }
  }

  @Test
  void shouldEmitEverythingUntilEveryRuleIsIn() throws Exception {
    try (var h = prices(RulesStart.AFTER_CATCH_UP)) {
      quoteAt(h, "AAPL", 20000, T0 + 1_000);
      rule(h, RuleEvent.create("r1", ALICE, "WHEN price(TSLA) > 100 THEN BUY 1 TSLA", T0));
      quoteAt(h, "AAPL", 20000, T0 + 2_000);
      rule(h, RulesCatchUp.MARKER_AFTER_EVERY_RULE);
      quoteAt(h, "AAPL", 20000, T0 + 3_000);
      quoteAt(h, "TSLA", 10000, T0 + 4_000);

      // The router holds what comes before the marker and decides with every rule: nothing may be
      // missing.
      assertThat(subjects(h)).containsExactly("AAPL", "AAPL", "TSLA");
    }
  }

  @Test
  void shouldNotFilterAfterThePlainMarkerNorWithoutMarkers() throws Exception {
    // The plain marker: the rules of job start are in, but not every rule since the job's first
    // start
    // (restored from a job before the filter, the rules were not read again).
    try (var afterPlain = prices(RulesStart.AFTER_CATCH_UP);
        var immediate = prices(RulesStart.IMMEDIATE)) {
      rule(afterPlain, RuleEvent.create("r1", ALICE, "WHEN price(TSLA) > 100 THEN BUY 1 TSLA", T0));
      rule(afterPlain, RulesCatchUp.MARKER);
      rule(immediate, RuleEvent.create("r1", ALICE, "WHEN price(TSLA) > 100 THEN BUY 1 TSLA", T0));
      for (var h : List.of(afterPlain, immediate)) {
        quoteAt(h, "AAPL", 20000, T0 + 1_000);
        assertThat(subjects(h)).containsExactly("AAPL");
      }
    }
  }

  @Test
  void shouldKeepTheRulesAndTheWindowsAcrossACheckpoint() throws Exception {
    OperatorSubtaskState snapshot;
    try (var h = filteringPrices()) {
      rule(
          h, RuleEvent.create("r1", ALICE, "WHEN price(TSLA) > avg(TSLA, 1m) THEN BUY 1 TSLA", T0));
      quoteAt(h, "TSLA", 10000, T0 + 1_000);
      quoteAt(h, "AAPL", 20000, T0 + 2_000);
      snapshot = h.snapshot(7, T0 + 3_000);
    }
    try (var restored = restoredPrices(snapshot, 7)) {
      quoteAt(restored, "AAPL", 21000, T0 + 3_000);
      quoteAt(restored, "TSLA", 12000, T0 + 4_000);
      assertThat(subjects(restored)).containsExactly("TSLA");
      assertThat(ticks(restored).get(0).values()).containsEntry("avg:TSLA:1m", 110.0);

      // The AAPL window came through the restore too: a rule added now sees both AAPL quotes.
      rule(restored, RuleEvent.create("r2", ALICE, "WHEN avg(AAPL, 1m) > 1 THEN BUY 1 AAPL", T0));
      quoteAt(restored, "AAPL", 22000, T0 + 5_000);
      assertThat(ticks(restored).get(1).values()).containsEntry("avg:AAPL:1m", 210.0);
    }
  }

  @Test
  void shouldEmitEverythingWhenRestoredWithoutItsRules() throws Exception {
    // A savepoint of the job before the filter: the rule inputs had no rules (nor the filter's
    // state).
    try (var restored = restoredPrices(OperatorSubtaskState.builder().build(), 7)) {
      quoteAt(restored, "AAPL", 21000, T0 + 3_000);
      // Rules Catch-Up, restored from that job's state, repeats the plain marker: no rules came
      // with it.
      rule(restored, RulesCatchUp.MARKER);
      quoteAt(restored, "AAPL", 21000, T0 + 4_000);
      assertThat(subjects(restored)).containsExactly("AAPL", "AAPL");
      var operator = (AbstractUdfStreamOperator<?, ?>) restored.getOperator();
      assertThat(((LiveWindowsFunction<?, ?>) operator.getUserFunction()).filtering()).isFalse();
    }
  }

  @Test
  void shouldEmitEverythingWhenRestoredFromASavepointTheStateProcessorApiWrote() throws Exception {
    OperatorSubtaskState snapshot;
    try (var h = filteringPrices()) {
      rule(h, RuleEvent.create("r1", ALICE, "WHEN price(TSLA) > 100 THEN BUY 1 TSLA", T0));
      snapshot = h.snapshot(7, T0);
    }
    // migrate rewrites the router's rules and keeps these: they may be older than the router's.
    try (var restored = restoredPrices(snapshot, 0)) {
      rule(
          restored,
          RulesCatchUp.MARKER_AFTER_EVERY_RULE); // repeated at the restore: it does not matter
      quoteAt(restored, "AAPL", 21000, T0 + 3_000);
      assertThat(subjects(restored)).containsExactly("AAPL");
    }
  }
}
