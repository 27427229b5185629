package com.tweetrade.job.analytics;

import static com.tweetrade.job.Fixtures.FIFTEEN_MINUTES;
import static com.tweetrade.job.Fixtures.T0;
import static com.tweetrade.job.Fixtures.TEN_SECONDS;
import static com.tweetrade.job.Fixtures.quote;
import static com.tweetrade.job.analytics.RuleInputsHarness.LIVE_PANES;
import static com.tweetrade.job.analytics.RuleInputsHarness.closes;
import static com.tweetrade.job.analytics.RuleInputsHarness.lastClose;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.rules.InputUpdate;
import com.tweetrade.job.rules.RulesStart;
import com.tweetrade.model.Quote;
import com.tweetrade.model.rules.RuleEvent;
import java.util.List;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PriceInputsFunctionTest {
  @AutoClose
  private KeyedBroadcastOperatorTestHarness<String, Quote, RuleEvent, InputUpdate> harness;

  @BeforeEach
  void setupHarness() throws Exception {
    // Before the rules' catch-up marker every update leaves: what these tests look at.
    harness =
        RuleInputsHarness.open(
            new PriceInputsFunction(LIVE_PANES, null, RulesStart.AFTER_CATCH_UP), Quote::ticker);
  }

  private void quoteAt(long priceCents, long size, long time) throws Exception {
    harness.processElement(quote("TSLA", priceCents, size, time), time);
  }

  private List<InputUpdate> ticks() {
    return harness.extractOutputValues().stream().filter(u -> !u.closed()).toList();
  }

  /** The newest close once event time is two minutes past a lone quote (10 at 100.00). */
  private InputUpdate lastCloseAfterALoneQuote() throws Exception {
    quoteAt(10000, 10, T0 + 1_000);
    harness.processWatermark(T0 + 2 * 60_000);
    return lastClose(harness);
  }

  @Test
  void shouldUpdateEveryWindowOnEveryQuoteWithoutWaitingForThePaneToClose() throws Exception {
    quoteAt(10000, 10, T0 + 1_000);
    quoteAt(10000, 10, T0 + 11_000);
    quoteAt(13000, 20, T0 + 12_000);

    assertThat(ticks()).hasSize(3);
    InputUpdate last = ticks().get(2);
    assertThat(last.eventTime()).isEqualTo(T0 + 12_000);
    assertThat(last.newestEventTime()).isEqualTo(T0 + 12_000);
    assertThat(last.trigger()).isEqualTo("quote:TSLA@" + (T0 + 12_000) + "#0");
    // The closed pane (100) and the live partial pane (100, 130): avg 110, vwap (1000+1000+2600)/40
    // = 115.
    assertThat(last.values())
        .containsEntry("price:TSLA", 130.0)
        .containsEntry("avg:TSLA:1m", 110.0)
        .containsEntry("vwap:TSLA:15m", 115.0);
    assertThat(last.values().get("change:TSLA:5m"))
        .isCloseTo(100.0 * 20 / 110, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(closes(harness)).as("no watermark yet").isEmpty();
  }

  @Test
  void shouldGiveEachWindowsHighLowAndSharesTraded() throws Exception {
    quoteAt(10000, 10, T0 + 1_000);
    quoteAt(9500, 25, T0 + 61_000);
    quoteAt(10200, 5, T0 + 71_000);
    harness.processWatermark(T0 + 80_000 - 1);

    InputUpdate tick = ticks().get(2);
    // 1m ending at 71 s holds the quotes at 61 s and 71 s; 5m all three.
    assertThat(tick.values())
        .containsEntry("high:TSLA:1m", 102.0)
        .containsEntry("low:TSLA:1m", 95.0)
        .containsEntry("shares:TSLA:1m", 30.0)
        .containsEntry("high:TSLA:5m", 102.0)
        .containsEntry("low:TSLA:5m", 95.0)
        .containsEntry("shares:TSLA:5m", 40.0);
    InputUpdate lastClose = lastClose(harness);
    assertThat(lastClose.eventTime()).isEqualTo(T0 + 80_000);
    assertThat(lastClose.values())
        .containsEntry("high:TSLA:1m", 102.0)
        .containsEntry("low:TSLA:1m", 95.0)
        .containsEntry("shares:TSLA:15m", 40.0);
  }

  @Test
  void shouldSayNoHighOrLowAndNoSharesForAWindowWithoutQuotes() throws Exception {
    InputUpdate afterOneMinute = lastCloseAfterALoneQuote();
    assertThat(afterOneMinute.values().get("high:TSLA:1m")).isNaN();
    assertThat(afterOneMinute.values().get("low:TSLA:1m")).isNaN();
    assertThat(afterOneMinute.values()).containsEntry("shares:TSLA:1m", 0.0);
    assertThat(afterOneMinute.values()).containsEntry("shares:TSLA:5m", 10.0);
  }

  @Test
  void shouldNumberQuotesOfTheSameMillisecond() throws Exception {
    quoteAt(10000, 10, T0 + 1_000);
    quoteAt(10100, 10, T0 + 1_000);

    assertThat(ticks())
        .extracting(InputUpdate::trigger)
        .containsExactly("quote:TSLA@" + (T0 + 1_000) + "#0", "quote:TSLA@" + (T0 + 1_000) + "#1");
  }

  @Test
  void shouldEmitTheClosedWindowsWhenTheWatermarkClosesAPane() throws Exception {
    quoteAt(10000, 10, T0 + 1_000);
    quoteAt(11000, 30, T0 + 3_000);
    harness.processWatermark(T0 + TEN_SECONDS - 1);

    assertThat(closes(harness))
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.eventTime()).isEqualTo(T0 + TEN_SECONDS);
              assertThat(u.trigger()).isEqualTo("close:TSLA@" + (T0 + TEN_SECONDS));
              // The stored aggregate of the same quotes: avg 105, vwap 107.5, last 110
              // (PriceWindowsFunctionTest).
              assertThat(u.values())
                  .containsEntry("avg:TSLA:1m", 105.0)
                  .containsEntry("vwap:TSLA:5m", 107.5)
                  .containsEntry("price:TSLA", 110.0);
            });
  }

  @Test
  void shouldSayNoDataOnceAWindowHoldsNoQuoteAndThenLeaveNothingBehind() throws Exception {
    InputUpdate afterOneMinute = lastCloseAfterALoneQuote();
    assertThat(afterOneMinute.values().get("avg:TSLA:1m")).isNaN();
    assertThat(afterOneMinute.values()).containsEntry("avg:TSLA:15m", 100.0);

    harness.processWatermark(T0 + FIFTEEN_MINUTES + 2 * TEN_SECONDS);
    InputUpdate afterFifteen = lastClose(harness);
    assertThat(afterFifteen.values().get("avg:TSLA:15m")).isNaN();
    assertThat(afterFifteen.values()).containsEntry("avg:TSLA:1h", 100.0);
    assertThat(afterFifteen.values()).containsEntry("price:TSLA", 100.0);

    harness.processWatermark(T0 + 62 * 60_000);
    InputUpdate last = lastClose(harness);
    assertThat(last.values().get("avg:TSLA:1h")).isNaN();
    assertThat(last.values().get("price:TSLA")).isNaN();
    assertThat(RuleInputsHarness.stateEntries(harness)).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void shouldReadTheHourFromMinuteRollUpsOfThePanesThatLeftTheFifteenMinutes() throws Exception {
    quoteAt(10000, 10, T0 + 1_000);
    quoteAt(12000, 10, T0 + 61_000);
    harness.processWatermark(T0 + 20 * 60_000);
    quoteAt(20000, 30, T0 + 30 * 60_000);

    InputUpdate tick = ticks().get(2);
    assertThat(tick.values())
        .containsEntry("avg:TSLA:1h", (100.0 + 120.0 + 200.0) / 3)
        .containsEntry("vwap:TSLA:1h", (1000.0 + 1200.0 + 6000.0) / 50)
        .containsEntry("high:TSLA:1h", 200.0)
        .containsEntry("low:TSLA:1h", 100.0)
        .containsEntry("shares:TSLA:1h", 50.0)
        .containsEntry("shares:TSLA:15m", 30.0);
    // Minute T0 + 60 s leaves the hour at the close of T0 + 3,660 s, minute T0 + 120 s 60 s later.
    harness.processWatermark(T0 + 3_660_000 - 1);
    assertThat(lastClose(harness).values())
        .containsEntry("shares:TSLA:1h", 40.0)
        .containsEntry("low:TSLA:1h", 120.0);
  }

  @Test
  void shouldSkipAQuoteWhosePaneTheWatermarkClosed() throws Exception {
    harness.processWatermark(T0 + TEN_SECONDS);
    quoteAt(10000, 10, T0 + 5_000);

    assertThat(harness.extractOutputValues()).isEmpty();
    assertThat(RuleInputsHarness.stateEntries(harness)).isZero();
  }
}
