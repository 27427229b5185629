package com.tweetrade.web.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.web.market.MarketSnapshot;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's line of latest values: opens on something tracked, and says when a keyword is
 * not.
 */
class LatestValuesTest {
  @Test
  void shouldOpenOnTheDefaultTickersCashtagWhichTheJobAlwaysTracks() {
    assertThat(DashboardView.DEFAULT_KEYWORD).isEqualTo("$TSLA");
  }

  @Test
  void shouldSayThatAWordNoRuleReadsIsNotTracked() {
    String line = DashboardView.latestText(new MarketSnapshot(), "TSLA", "tesla");

    assertThat(line)
        .isEqualTo(
            "\"tesla\" is not tracked: add a rule that reads it, e.g. sentiment(\"tesla\", 5m)");
  }

  @Test
  void shouldShowTheSentimentOfATrackedKeywordWithoutTheHint() {
    MarketSnapshot snapshot = new MarketSnapshot();
    snapshot.accept(new SentimentAggregate("tesla", "5m", 60_000, 0.25, 4, 0.5, 0.25));

    assertThat(DashboardView.latestText(snapshot, "TSLA", "tesla")).doesNotContain("not tracked");
  }
}
