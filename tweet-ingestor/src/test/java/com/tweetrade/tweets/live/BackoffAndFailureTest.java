package com.tweetrade.tweets.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.tweets.live.Backoff.Kind;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import twitter4j.TwitterException;

class BackoffAndFailureTest {
  private final Backoff twitter = Backoff.TWITTER_GUIDANCE;

  @Test
  void shouldGrowNetworkWaitsLinearlyUpToTheCap() {
    assertThat(twitter.delayMillis(Kind.NETWORK, 1)).isEqualTo(250);
    assertThat(twitter.delayMillis(Kind.NETWORK, 2)).isEqualTo(500);
    assertThat(twitter.delayMillis(Kind.NETWORK, 1000)).isEqualTo(16_000);
  }

  @Test
  void shouldDoubleHttpAndRateLimitWaitsUpToTheCap() {
    assertThat(twitter.delayMillis(Kind.HTTP, 1)).isEqualTo(5_000);
    assertThat(twitter.delayMillis(Kind.HTTP, 3)).isEqualTo(20_000);
    assertThat(twitter.delayMillis(Kind.RATE_LIMITED, 1)).isEqualTo(60_000);
    assertThat(twitter.delayMillis(Kind.RATE_LIMITED, 2)).isEqualTo(120_000);
    assertThat(twitter.delayMillis(Kind.RATE_LIMITED, 40)).isEqualTo(320_000);
  }

  @Test
  void shouldExplainFailuresInPlainWords() {
    StreamFailure auth =
        StreamFailure.of(
            new TwitterException(
                "Authentication credentials were missing or incorrect.", null, 401));
    assertThat(auth.fatal()).isTrue();
    assertThat(auth.explanation()).contains("rejected the credentials");

    StreamFailure calm = StreamFailure.of(new TwitterException("", null, 420));
    assertThat(calm.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(calm.explanation()).contains("rate-limiting", "420");
    assertThat(StreamFailure.of(new TwitterException("", null, 429)).kind())
        .isEqualTo(Kind.RATE_LIMITED);

    StreamFailure dropped =
        StreamFailure.of(
            new TwitterException(new IOException("the end of the stream has been reached")));
    assertThat(dropped.kind()).isEqualTo(Kind.NETWORK);
    assertThat(dropped.explanation()).contains("dropped", "end of the stream");

    assertThat(StreamFailure.of(new TwitterException("", null, 503)).kind()).isEqualTo(Kind.HTTP);
  }
}
