package com.tweetrade.tweets.live.bluesky;

import static com.tweetrade.tweets.live.bluesky.JetstreamMessages.at;
import static com.tweetrade.tweets.live.bluesky.JetstreamMessages.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PostFilterTest {
  private static final PostFilter TESLA_AND_AAPL =
      PostFilter.of(false, Set.of(), Set.of("tesla", "elon musk", "$AAPL"));

  @Test
  void shouldPassPostsMentioningAKeywordOnWordBoundaries() {
    assertThat(check(TESLA_AND_AAPL, "Is #Tesla's run over?", "en")).isNull();
    assertThat(check(TESLA_AND_AAPL, "ELON  MUSK again", "en")).isNull();
    assertThat(check(TESLA_AND_AAPL, "Teslas everywhere", "en")).isEqualTo(Skip.NO_MATCH);
  }

  @Test
  void shouldPassPostsWithATrackedCashtagOnly() {
    assertThat(check(TESLA_AND_AAPL, "buying $aapl", "en")).isNull();
    assertThat(check(TESLA_AND_AAPL, "apple pie", "en")).isEqualTo(Skip.NO_MATCH);
    assertThat(check(TESLA_AND_AAPL, "buying $MSFT", "en")).isEqualTo(Skip.NO_MATCH);
  }

  @Test
  void shouldFilterOnThePrimaryLanguage() {
    PostFilter en = PostFilter.of(true, Set.of("en"), Set.of());
    assertThat(check(en, "hello", "en-GB")).isNull();
    assertThat(check(en, "bonjour", "fr")).isEqualTo(Skip.LANGUAGE);
    assertThat(check(PostFilter.of(true, Set.of(), Set.of()), "bonjour", "fr")).isNull();
  }

  @Test
  void shouldPassEverythingWithAllAndNothingWithoutTerms() {
    assertThat(check(PostFilter.of(true, Set.of(), Set.of()), "anything", "en")).isNull();
    PostFilter none = PostFilter.of(false, Set.of(), Set.of());
    assertThat(none.empty()).isTrue();
    assertThat(check(none, "tesla", "en")).isEqualTo(Skip.NO_MATCH);
    assertThat(TESLA_AND_AAPL.empty()).isFalse();
  }

  private static Skip check(PostFilter filter, String text, String lang) {
    JetstreamEvent e = PostMapper.read(post("did:plc:a", "k", at(0), text, lang, null));
    return filter.check(e.post(), e.langs());
  }
}
