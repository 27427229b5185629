package com.tweetrade.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tweetrade.bench.TriggerLedger.Kind;
import org.junit.jupiter.api.Test;

class TriggerLedgerTest {
  private static final long T = 1_767_623_400_000L;
  private static final long ONE_MS_LATER = T + 1;

  private final TriggerLedger ledger = new TriggerLedger(1000, 1000);

  @Test
  void shouldNumberEachTickersQuotesWithinTheirMillisecond() {
    assertThat(ledger.quote("TSLA", T, true).triggerId()).isEqualTo("quote:TSLA@1767623400000#0");
    assertThat(ledger.quote("AAPL", T, true).triggerId()).isEqualTo("quote:AAPL@1767623400000#0");
    assertThat(ledger.quote("TSLA", T, true).triggerId()).isEqualTo("quote:TSLA@1767623400000#1");
    assertThat(ledger.quote("TSLA", ONE_MS_LATER, true).triggerId())
        .isEqualTo("quote:TSLA@1767623400001#0");
    assertThat(ledger.quote("AAPL", T, true).triggerId()).isEqualTo("quote:AAPL@1767623400000#1");
  }

  @Test
  void shouldFindTheAppendTimeByTheTriggerIdTheJobReports() {
    ledger.quote("TSLA", T, true).appended(5_000);
    ledger.quote("TSLA", T, true).appended(5_001);
    ledger.quote("BRK-B", T, true).appended(5_002);
    ledger.tweet(42, true).appended(5_003);

    assertThat(ledger.appendTime("quote:TSLA@1767623400000#0")).isEqualTo(5_000);
    assertThat(ledger.appendTime("quote:TSLA@1767623400000#1")).isEqualTo(5_001);
    assertThat(ledger.appendTime("quote:BRK-B@1767623400000#0")).isEqualTo(5_002);
    assertThat(ledger.appendTime("tweet:42")).isEqualTo(5_003);
  }

  @Test
  void shouldSayPendingBeforeTheAcknowledgementAndNotSentAfterAFailure() {
    TriggerLedger.Sent quote = ledger.quote("TSLA", T, true);
    TriggerLedger.Sent tweet = ledger.tweet(7, true);

    assertThat(ledger.appendTime(quote.triggerId())).isEqualTo(TriggerLedger.PENDING);
    assertThat(ledger.appendTime(tweet.triggerId())).isEqualTo(TriggerLedger.PENDING);
    quote.failed();
    assertThat(ledger.appendTime(quote.triggerId())).isEqualTo(TriggerLedger.NOT_SENT);
  }

  @Test
  void shouldCountThePrefillForTheIdsWithoutKeepingIt() {
    TriggerLedger.Sent prefill = ledger.quote("TSLA", T, false);
    prefill.appended(4_000);
    TriggerLedger.Sent live = ledger.quote("TSLA", T, true);
    live.appended(4_001);

    assertThat(prefill.triggerId()).isEqualTo("quote:TSLA@1767623400000#0");
    assertThat(live.triggerId()).isEqualTo("quote:TSLA@1767623400000#1");
    assertThat(ledger.appendTime(prefill.triggerId())).isEqualTo(TriggerLedger.NOT_SENT);
    assertThat(ledger.appendTime(live.triggerId())).isEqualTo(4_001);
  }

  @Test
  void shouldKnowNothingOfTriggersItDidNotSend() {
    ledger.quote("TSLA", T, true).appended(1);

    assertThat(ledger.appendTime("quote:AAPL@1767623400000#0")).isEqualTo(TriggerLedger.NOT_SENT);
    assertThat(ledger.appendTime("quote:TSLA@1767623400000#5")).isEqualTo(TriggerLedger.NOT_SENT);
    assertThat(ledger.appendTime("tweet:99")).isEqualTo(TriggerLedger.NOT_SENT);
    assertThat(ledger.appendTime("close:TSLA@1767623410000")).isEqualTo(TriggerLedger.NOT_SENT);
    assertThat(ledger.appendTime("")).isEqualTo(TriggerLedger.NOT_SENT);
    assertThat(ledger.appendTime("quote:TSLA@x#0")).isEqualTo(TriggerLedger.NOT_SENT);
    assertThat(ledger.appendTime("quote:TSLA")).isEqualTo(TriggerLedger.NOT_SENT);
    assertThat(ledger.appendTime("tweet:")).isEqualTo(TriggerLedger.NOT_SENT);
  }

  @Test
  void shouldForgetTheOldestQuotesOfATickerBeyondItsCapacity() {
    TriggerLedger small = new TriggerLedger(2, 2);
    for (int i = 0; i < 3; i++) small.quote("TSLA", T + i, true).appended(100 + i);

    assertThat(small.appendTime("quote:TSLA@1767623400000#0")).isEqualTo(TriggerLedger.NOT_SENT);
    assertThat(small.appendTime("quote:TSLA@1767623400002#0")).isEqualTo(102);
  }

  @Test
  void shouldRefuseAQuoteOlderThanTheTickersLast() {
    ledger.quote("TSLA", ONE_MS_LATER, true);

    assertThatThrownBy(() -> ledger.quote("TSLA", T, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldTellTheKindOfATrigger() {
    assertThat(Kind.of("quote:TSLA@1#0")).isEqualTo(Kind.QUOTE);
    assertThat(Kind.of("tweet:1")).isEqualTo(Kind.TWEET);
    assertThat(Kind.of("close:TSLA@10000")).isEqualTo(Kind.CLOSE);
    assertThat(Kind.of("")).isEqualTo(Kind.NONE);
    assertThat(Kind.of(null)).isEqualTo(Kind.NONE);
    assertThat(Kind.of("close@10000")).isEqualTo(Kind.OTHER);
  }
}
