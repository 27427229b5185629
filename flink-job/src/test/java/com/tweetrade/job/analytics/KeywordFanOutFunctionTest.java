package com.tweetrade.job.analytics;

import static com.tweetrade.job.Fixtures.T0;
import static com.tweetrade.job.Fixtures.createRule;
import static com.tweetrade.job.Fixtures.ruleEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.functions.ScoredTweet;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.tickers.TickerDirectory;
import java.util.List;
import java.util.Set;
import org.apache.flink.streaming.util.BroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeywordFanOutFunctionTest {
  private static final String TESLA_RULE = "WHEN sentiment(\"tesla\", 5m) > 0.4 THEN BUY 10 TSLA";

  private BroadcastOperatorTestHarness<ScoredTweet, RuleEvent, KeywordMention> harness;

  @BeforeEach
  void setupHarness() throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forBroadcastProcessFunction(
            new KeywordFanOutFunction(TickerDirectory.of(Set.of("TSLA", "AAPL")), WindowSet.LIVE),
            Descriptors.TRACKED_RULES);
  }

  private List<String> keywordsOf(ScoredTweet tweet) throws Exception {
    int before = harness.extractOutputValues().size();
    harness.processElement(tweet, tweet.createdAt());
    List<KeywordMention> out = harness.extractOutputValues();
    return out.subList(before, out.size()).stream().map(KeywordMention::keyword).toList();
  }

  private void rule(RuleEvent event) throws Exception {
    harness.processBroadcastElement(event, Long.MAX_VALUE);
  }

  private static ScoredTweet tweet(long id, String text, String... cashtags) {
    return new ScoredTweet(id, T0, text, List.of(cashtags), 0.4, 0.6);
  }

  @Test
  void shouldFanOutToKnownCashtagsFromEntitiesAndTextOncePerKey() throws Exception {
    assertThat(keywordsOf(tweet(1, "$TSLA and $tsla again, $NOPE is not a ticker", "TSLA", "AAPL")))
        .containsExactlyInAnyOrder("$TSLA", "$AAPL");
  }

  @Test
  void shouldTrackKeywordsOfActiveRulesOnly() throws Exception {
    assertThat(keywordsOf(tweet(1, "Tesla is great"))).isEmpty();

    rule(createRule("r1", TESLA_RULE, 1));
    assertThat(keywordsOf(tweet(2, "Tesla is great"))).containsExactly("tesla");

    rule(ruleEvent(RuleEvent.Type.PAUSE, "r1", TESLA_RULE, true, 2));
    assertThat(keywordsOf(tweet(3, "Tesla is great"))).isEmpty();

    rule(ruleEvent(RuleEvent.Type.RESUME, "r1", TESLA_RULE, false, 3));
    // An older revision arriving again (a replay) changes nothing.
    rule(ruleEvent(RuleEvent.Type.PAUSE, "r1", TESLA_RULE, true, 2));
    assertThat(keywordsOf(tweet(4, "tesla $AAPL", "AAPL")))
        .containsExactlyInAnyOrder("tesla", "$AAPL");

    rule(ruleEvent(RuleEvent.Type.DELETE, "r1", null, false, 4));
    assertThat(keywordsOf(tweet(5, "Tesla is great"))).isEmpty();
  }

  @Test
  void shouldKeepTheTweetScoreAndId() throws Exception {
    harness.processElement(new ScoredTweet(9, T0, "$TSLA up", List.of(), -0.25, 0.5), T0);
    assertThat(harness.extractOutputValues())
        .containsExactly(new KeywordMention("$TSLA", -0.25, 0.5, 9));
  }
}
