package com.tweetrade.job.analytics;

import static com.tweetrade.job.Fixtures.T0;
import static com.tweetrade.job.Fixtures.TEN_SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.functions.SentimentStats;
import com.tweetrade.model.SentimentAggregate;
import org.junit.jupiter.api.Test;

class SentimentWindowsFunctionTest {

  @Test
  void shouldComputeMeanAndSharesAndDrainState() throws Exception {
    var harness =
        StoredWindowsHarness.open(
            new SentimentWindowsFunction(StoredWindowsHarness.PANES), KeywordPane::keyword);

    // 0.5 positive, -0.3 negative, 0.0 neutral, 0.05 positive (VADER's threshold is inclusive)
    SentimentStats first = new SentimentStats().add(0.5).add(-0.3);
    SentimentStats second = new SentimentStats().add(0.0).add(0.05);
    harness.processElement(new KeywordPane("tesla", T0 + TEN_SECONDS, first), T0 + TEN_SECONDS - 1);
    harness.processElement(
        new KeywordPane("tesla", T0 + 2 * TEN_SECONDS, second), T0 + 2 * TEN_SECONDS - 1);
    harness.processWatermark(T0 + 2 * TEN_SECONDS - 1);

    assertThat(harness.extractOutputValues())
        .startsWith(
            new SentimentAggregate("tesla", "1m", T0 + 10_000, 0.1, 2, 0.5, 0.5),
            new SentimentAggregate("tesla", "5m", T0 + 10_000, 0.1, 2, 0.5, 0.5),
            new SentimentAggregate("tesla", "15m", T0 + 10_000, 0.1, 2, 0.5, 0.5),
            // (0.5 - 0.3 + 0.0 + 0.05) / 4 = 0.0625
            new SentimentAggregate("tesla", "1m", T0 + 20_000, 0.0625, 4, 0.5, 0.25));

    harness.processWatermark(Long.MAX_VALUE);
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
    harness.close();
  }
}
