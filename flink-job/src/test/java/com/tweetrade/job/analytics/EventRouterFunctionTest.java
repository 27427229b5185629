package com.tweetrade.job.analytics;

import static com.tweetrade.job.Fixtures.T0;
import static com.tweetrade.job.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.MalformedEventException;
import com.tweetrade.model.Quote;
import com.tweetrade.model.tickers.TickerDirectory;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventRouterFunctionTest {
  private static final Duration MAX_AHEAD = Duration.ofMinutes(5);

  /** The wall clock of the harness: an hour after the fixtures' quotes. */
  private static final long WALL_CLOCK = T0 + 3_600_000;

  private OneInputStreamOperatorTestHarness<Decoded<Quote>, Quote> harness;

  @BeforeEach
  void setupHarness() throws Exception {
    var router =
        new EventRouterFunction<>(
            "flink-job/quotes",
            JsonCodec.QUOTE,
            new QuoteCheck(TickerDirectory.of(Set.of("TSLA", "AAPL"))),
            EventTimeLimit.of(MAX_AHEAD),
            "quotesPerSecond");
    harness = ProcessFunctionTestHarnesses.forProcessFunction(router);
    harness.setProcessingTime(WALL_CLOCK);
  }

  private void send(Quote q, String position) throws Exception {
    harness.processElement(Decoded.ok(q, position, q.eventTime()), q.eventTime());
  }

  private static List<DeadLetter> letters(java.util.Collection<StreamRecord<DeadLetter>> records) {
    return records == null ? List.of() : records.stream().map(StreamRecord::getValue).toList();
  }

  @Test
  void shouldPassValidQuotesOfKnownTickers() throws Exception {
    send(quote("TSLA", 100, 1, T0), "quotes-0@0");
    assertThat(harness.extractOutputValues()).containsExactly(quote("TSLA", 100, 1, T0));
    assertThat(harness.getSideOutput(Descriptors.DEAD_LETTERS)).isNullOrEmpty();
  }

  @Test
  void shouldDeadLetterMalformedInvalidAndUnknownInputWithReasonAndPosition() throws Exception {
    String bad = "{\"ticker\":\"TSLA\",\"priceCents\":\"NaN\"}";
    String reason;
    try {
      JsonCodec.QUOTE.decode(bad);
      throw new AssertionError("expected a decoding error");
    } catch (MalformedEventException e) {
      reason = e.getMessage();
    }
    harness.processElement(Decoded.failed(reason, bad, "quotes-1@7"), Long.MIN_VALUE);
    send(quote("ZZZZZ", 100, 1, T0), "quotes-0@8");
    send(new Quote("TSLA", -5, 1, 1, 1, T0), "quotes-0@9");

    List<DeadLetter> dead = letters(harness.getSideOutput(Descriptors.DEAD_LETTERS));
    assertThat(dead)
        .extracting(DeadLetter::position)
        .containsExactly("quotes-1@7", "quotes-0@8", "quotes-0@9");
    assertThat(dead).extracting(DeadLetter::source).containsOnly("flink-job/quotes");
    assertThat(dead.get(0).reason()).startsWith("not a valid Quote");
    assertThat(dead.get(0).payload()).isEqualTo(bad);
    assertThat(dead.get(1).reason()).isEqualTo("unknown ticker ZZZZZ");
    assertThat(dead.get(1).payload()).contains("\"ticker\":\"ZZZZZ\"");
    assertThat(dead.get(2).reason()).isEqualTo("price must be positive, was -5");
    assertThat(harness.extractOutputValues()).isEmpty();
  }

  @Test
  void shouldDeadLetterEventsMoreThanTheToleranceAheadOfTheWallClock() throws Exception {
    long limit = WALL_CLOCK + MAX_AHEAD.toMillis();
    send(quote("TSLA", 100, 1, limit), "quotes-0@1");
    send(quote("TSLA", 100, 1, limit + 1), "quotes-0@2");
    send(quote("TSLA", 100, 1, T0 + 365L * 24 * 3_600_000), "quotes-0@3");

    assertThat(harness.extractOutputValues()).containsExactly(quote("TSLA", 100, 1, limit));
    List<DeadLetter> dead = letters(harness.getSideOutput(Descriptors.DEAD_LETTERS));
    assertThat(dead).extracting(DeadLetter::position).containsExactly("quotes-0@2", "quotes-0@3");
    assertThat(dead.get(0).reason())
        .isEqualTo(
            "future event time: 2024-03-01T11:05:00.001Z is more than PT5M"
                + " ahead of the wall clock 2024-03-01T11:00:00Z");
  }

  @Test
  void shouldSendEventsAtOrBehindTheWatermarkToTheLateOutput() throws Exception {
    harness.processWatermark(T0 + 10_000);
    send(quote("TSLA", 100, 1, T0 + 10_000), "quotes-0@1");
    send(quote("TSLA", 101, 1, T0 + 10_001), "quotes-0@2");
    List<DeadLetter> late = letters(harness.getSideOutput(Descriptors.LATE_EVENTS));
    assertThat(late).hasSize(1);
    assertThat(late.get(0).reason()).startsWith("late");
    assertThat(late.get(0).position()).isEqualTo("quotes-0@1");
    assertThat(harness.extractOutputValues()).containsExactly(quote("TSLA", 101, 1, T0 + 10_001));
  }
}
