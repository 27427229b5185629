package com.tweetrade.job.analytics;

import static com.tweetrade.job.Fixtures.T0;
import static com.tweetrade.job.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import java.time.Instant;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/**
 * A late event becomes a dead letter whose payload is the event's JSON, a model record or one of
 * the job's own.
 */
class LateEventFunctionTest {
  private static final long WALL_CLOCK = T0 + 60_000;

  @Test
  void shouldDeadLetterALateQuoteWithItsWireJson() throws Exception {
    Quote late = quote("TSLA", 100, 1, T0);
    DeadLetter letter =
        deadLetterOf(new LateEventFunction<>("flink-job/quotes"), late, late.eventTime());

    assertThat(letter.source()).isEqualTo("flink-job/quotes");
    assertThat(letter.payload()).isEqualTo(JsonCodec.QUOTE.encodeToString(late));
    assertThat(letter.reason()).startsWith("late: event time " + Instant.ofEpochMilli(T0));
    assertThat(letter.position()).isEqualTo("window");
    assertThat(letter.time()).isEqualTo(WALL_CLOCK);
  }

  @Test
  void shouldDeadLetterALateMentionAsJsonThoughItIsNoWireRecord() throws Exception {
    KeywordMention late = new KeywordMention("tesla", 0.5, 0.25, 42L);
    DeadLetter letter = deadLetterOf(new LateEventFunction<>("flink-job/tweets"), late, T0);

    assertThat(JsonCodec.mapper().readTree(letter.payload()).get("keyword").asText())
        .isEqualTo("tesla");
    assertThat(JsonCodec.mapper().readTree(letter.payload()).get("tweetId").asLong())
        .isEqualTo(42L);
  }

  private static <T> DeadLetter deadLetterOf(LateEventFunction<T> function, T event, long timestamp)
      throws Exception {
    try (OneInputStreamOperatorTestHarness<T, DeadLetter> harness =
        ProcessFunctionTestHarnesses.forProcessFunction(function)) {
      harness.setProcessingTime(WALL_CLOCK);
      harness.processWatermark(new Watermark(T0 + 10_000));
      harness.processElement(event, timestamp);
      assertThat(harness.extractOutputValues()).hasSize(1);
      return harness.extractOutputValues().get(0);
    }
  }
}
