package com.tweetrade.job.analytics;

import static com.tweetrade.job.Fixtures.T0;
import static com.tweetrade.job.analytics.RuleInputsHarness.LIVE_PANES;
import static com.tweetrade.job.analytics.RuleInputsHarness.lastClose;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.rules.InputUpdate;
import com.tweetrade.job.rules.RulesStart;
import com.tweetrade.model.rules.RuleEvent;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SentimentInputsFunctionTest {
  @AutoClose
  private KeyedBroadcastOperatorTestHarness<String, KeywordMention, RuleEvent, InputUpdate> harness;

  @BeforeEach
  void setupHarness() throws Exception {
    // Before the rules' catch-up marker every update leaves: what these tests look at.
    harness =
        RuleInputsHarness.open(
            new SentimentInputsFunction(LIVE_PANES, null, RulesStart.AFTER_CATCH_UP),
            KeywordMention::keyword);
  }

  private void mention(long tweetId, double compound, long time) throws Exception {
    mention(tweetId, compound, 0.0, time);
  }

  private void mention(long tweetId, double compound, double financeCompound, long time)
      throws Exception {
    harness.processElement(new KeywordMention("$ZBRA", compound, financeCompound, tweetId), time);
  }

  @Test
  void shouldScoreEveryMentionAsItArrives() throws Exception {
    mention(1, 0.8, T0 + 1_000);
    mention(2, 0.4, T0 + 2_000);

    InputUpdate second = harness.extractOutputValues().get(1);
    assertThat(second.closed()).isFalse();
    assertThat(second.keyword()).isTrue();
    assertThat(second.trigger()).isEqualTo("tweet:2");
    assertThat(second.values())
        .containsEntry("volume:$ZBRA:1m", 2.0)
        .containsEntry("positive:$ZBRA:5m", 1.0);
    assertThat(second.values().get("sentiment:$ZBRA:1m"))
        .isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void shouldGiveTheFinanceModelsMeanAsFsentimentBesideVadersSentiment() throws Exception {
    mention(1, 0.0, 0.5423, T0 + 1_000);
    mention(2, 0.2, -0.1, T0 + 2_000);

    InputUpdate second = harness.extractOutputValues().get(1);
    assertThat(second.values())
        .containsEntry("fsentiment:$ZBRA:1m", 0.22115)
        .containsEntry("sentiment:$ZBRA:1m", 0.1);
    harness.processWatermark(T0 + 90_000);
    assertThat(lastClose(harness).values().get("fsentiment:$ZBRA:1m")).isNaN();
  }

  @Test
  void shouldGiveVolumeZeroAndNoSentimentOnceTheWindowIsEmpty() throws Exception {
    for (int i = 0; i < 10; i++) mention(i, 0.9, T0 + 2_000 * i);
    harness.processWatermark(T0 + 90_000);

    InputUpdate quiet = lastClose(harness);
    assertThat(quiet.eventTime()).isEqualTo(T0 + 90_000);
    assertThat(quiet.values())
        .containsEntry("volume:$ZBRA:1m", 0.0)
        .containsEntry("volume:$ZBRA:5m", 10.0);
    assertThat(quiet.values().get("sentiment:$ZBRA:1m")).isNaN();
    assertThat(quiet.newestEventTime())
        .as("the pane of the newest mention")
        .isEqualTo(T0 + 20_000 - 1);

    harness.processWatermark(T0 + 16 * 60_000);
    assertThat(lastClose(harness).values())
        .containsEntry("volume:$ZBRA:15m", 0.0)
        .containsEntry("volume:$ZBRA:1h", 10.0)
        .containsEntry("sentiment:$ZBRA:1h", 0.9);

    // 1h takes its oldest minute whole: the mentions of the minute ending at T0 + 60 s count
    // until the close at T0 + 3,660 s (the exact hour would drop them at T0 + 3,620 s).
    harness.processWatermark(T0 + 3_650_000);
    assertThat(lastClose(harness).values()).containsEntry("volume:$ZBRA:1h", 10.0);
    harness.processWatermark(T0 + 3_660_000);
    InputUpdate last = lastClose(harness);
    assertThat(last.eventTime()).isEqualTo(T0 + 3_660_000);
    assertThat(last.values()).containsEntry("volume:$ZBRA:1h", 0.0);
    assertThat(last.values().get("sentiment:$ZBRA:1h")).isNaN();
    assertThat(RuleInputsHarness.stateEntries(harness)).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }
}
