package com.tweetrade.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.Trade;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LatencyBookTest {
  /** Wall clock of the measured period's start. */
  private static final long START = 1_767_623_400_000L;

  private static final long END = START + 90_000;

  private final TriggerLedger ledger = new TriggerLedger(1000, 1000);
  private final LatencyBook book = new LatencyBook(ledger);

  private static Trade trade(String trigger, String status, long eventTime) {
    return new Trade(
        "id-" + trigger,
        "bench-user-0",
        "bench-0",
        "BUY",
        1,
        "TSLA",
        25_000,
        eventTime,
        status,
        "REJECTED".equals(status) ? "order limit reached" : "",
        Map.of(),
        trigger);
  }

  /** Sends a quote of TSLA at {@code eventTime} that the broker appends at {@code appendedAt}. */
  private String quoteAppendedAt(long eventTime, long appendedAt) {
    TriggerLedger.Sent sent = ledger.quote("TSLA", eventTime, true);
    sent.appended(appendedAt);
    return sent.triggerId();
  }

  @Test
  void shouldMeasureFromTheTriggersAppendTimeToEmissionAndToReceipt() {
    book.startPeriod(START);
    String trigger = quoteAppendedAt(START + 1_000, START + 1_003);

    book.add(trade(trigger, "FILLED", START + 1_000), START + 1_015, START + 1_700, 1_700);

    LatencyBook.Summary s = book.summary();
    assertThat(s.measured()).isEqualTo(1);
    assertThat(s.decision().at(50)).isEqualTo(12);
    assertThat(s.visible().at(50)).isEqualTo(697);
    assertThat(s.eventToEmitted().at(50)).isEqualTo(15);
    assertThat(s.eventToVisible().at(50)).isEqualTo(700);
    assertThat(s.decisionLine()).isEqualTo("decision latency: p50 12 ms, p99 12 ms");
    assertThat(s.visibleLine()).isEqualTo("visible latency: p50 697 ms, p99 697 ms");
  }

  @Test
  void shouldMeasureTweetTriggersToo() {
    book.startPeriod(START);
    TriggerLedger.Sent tweet = ledger.tweet(42, true);
    tweet.appended(START + 10);

    book.add(trade("tweet:42", "FILLED", START + 8), START + 30, START + 900, 900);

    assertThat(book.summary().byTweet()).isEqualTo(1);
    assertThat(book.summary().decision().at(50)).isEqualTo(20);
  }

  @Test
  void shouldCountButNotMeasureTradesDecidedByInputsOutsideThePeriod() {
    String early = quoteAppendedAt(START - 5_000, START - 4_990);
    book.add(trade(early, "FILLED", START - 5_000), START - 4_000, START - 3_000, -1);
    book.startPeriod(START);
    String inside = quoteAppendedAt(END - 10, END - 5);
    book.endPeriod(END);
    String late = quoteAppendedAt(END + 10, END + 12);

    book.add(trade(inside, "FILLED", END - 10), END + 10, END + 800, 90_800);
    book.add(trade(late, "FILLED", END + 10), END + 30, END + 900, 90_900);

    LatencyBook.Summary s = book.summary();
    assertThat(s.received()).isEqualTo(3);
    assertThat(s.measured()).isEqualTo(1);
    assertThat(s.beforePeriod()).isEqualTo(1);
    assertThat(s.afterPeriod()).isEqualTo(1);
    assertThat(s.withoutMeasuredTrigger()).isEqualTo(0);
    // Received after the period: not in the event-to-trade figures either.
    assertThat(s.eventToEmitted().count()).isEqualTo(0);
  }

  @Test
  void shouldCountTradesWithoutAMeasuredTriggerByWhy() {
    book.startPeriod(START);
    ledger.quote("TSLA", START, false); // prefill: counted for the ids, not kept

    book.add(
        trade("close:TSLA@1767623410000", "FILLED", START + 10_000),
        START + 10_010,
        START + 10_500,
        10_500);
    book.add(trade("", "FILLED", START), START + 10, START + 500, 500);
    book.add(trade("quote:TSLA@1767623400000#0", "FILLED", START), START + 10, START + 500, 500);
    book.add(trade("quote:NOPE@1767623400000#0", "FILLED", START), START + 10, START + 500, 500);

    LatencyBook.Summary s = book.summary();
    assertThat(s.measured()).isEqualTo(0);
    assertThat(s.closeTriggers()).isEqualTo(1);
    assertThat(s.noTrigger()).isEqualTo(1);
    assertThat(s.unknownTrigger()).isEqualTo(2);
    assertThat(s.withoutMeasuredTrigger()).isEqualTo(4);
    assertThat(s.withoutTriggerLine())
        .isEqualTo(
            "trades without a measured trigger: 4 (ON CLOSE 1, no trigger 1, append time unknown"
                + " 2)");
    assertThat(s.decisionLine()).isEqualTo("decision latency: p50 -1 ms, p99 -1 ms");
    assertThat(s.eventToEmitted().count()).isEqualTo(4);
  }

  @Test
  void shouldWaitForAnAcknowledgementThatComesAfterTheTrade() {
    book.startPeriod(START);
    TriggerLedger.Sent sent = ledger.quote("TSLA", START + 100, true);

    book.add(trade(sent.triggerId(), "FILLED", START + 100), START + 130, START + 900, 900);
    assertThat(book.summary().measured()).isEqualTo(0);
    sent.appended(START + 104);
    book.retryPending();

    assertThat(book.summary().measured()).isEqualTo(1);
    assertThat(book.summary().decision().at(50)).isEqualTo(26);
  }

  @Test
  void shouldCountAnAcknowledgementThatNeverCameAsUnknown() {
    book.startPeriod(START);
    TriggerLedger.Sent sent = ledger.quote("TSLA", START + 100, true);
    book.add(trade(sent.triggerId(), "FILLED", START + 100), START + 130, START + 900, 900);

    book.closePending();

    assertThat(book.summary().unknownTrigger()).isEqualTo(1);
    assertThat(book.summary().received()).isEqualTo(1);
  }

  @Test
  void shouldSplitMeasuredTradesByVerdictAndKeepTheFirstReason() {
    book.startPeriod(START);
    book.add(
        trade(quoteAppendedAt(START + 1, START + 2), "FILLED", START + 1),
        START + 5,
        START + 600,
        600);
    book.add(
        trade(quoteAppendedAt(START + 2, START + 3), "REJECTED", START + 2),
        START + 6,
        START + 600,
        600);

    LatencyBook.Summary s = book.summary();
    assertThat(s.filled()).isEqualTo(1);
    assertThat(s.rejected()).isEqualTo(1);
    assertThat(s.rejectedExample()).isEqualTo("order limit reached");
    assertThat(s.measuredLine())
        .isEqualTo("trades measured: 2 (FILLED 1, REJECTED 1; decided by a quote 2, by a tweet 0)");
  }

  @Test
  void shouldGiveTheLatencyOfTheTradesReceivedInASecond() {
    book.startPeriod(START);
    book.add(
        trade(quoteAppendedAt(START + 1, START + 2), "FILLED", START + 1),
        START + 12,
        START + 900,
        900);
    book.add(
        trade(quoteAppendedAt(START + 2, START + 3), "FILLED", START + 2),
        START + 33,
        START + 1_100,
        1_100);

    long[][] second2 = book.receivedBetween(1_000, 2_000);

    assertThat(second2.length).isEqualTo(1);
    assertThat(second2[0][0]).isEqualTo(30);
    assertThat(second2[0][1]).isEqualTo(1_097);
  }
}
