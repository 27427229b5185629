package com.tweetrade.tweets.live.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JetstreamUrlTest {
  @Test
  void shouldAskForPostsAndResumeFromTheCursor() {
    assertThat(JetstreamUrl.subscribe("wss://j.example/subscribe", 0).toString())
        .isEqualTo("wss://j.example/subscribe?wantedCollections=app.bsky.feed.post");
    assertThat(
            JetstreamUrl.subscribe("ws://127.0.0.1:9/subscribe?x=1", 1_732_183_200_000_000L)
                .toString())
        .isEqualTo(
            "ws://127.0.0.1:9/subscribe?x=1&wantedCollections=app.bsky.feed.post&cursor=1732183200000000");
  }

  @Test
  void shouldRefuseEndpointsThatAreNotWebSockets() {
    assertThat(JetstreamUrl.problem(JetstreamUrl.DEFAULT_ENDPOINT)).isNull();
    assertThat(JetstreamUrl.problem("https://jetstream.example/subscribe"))
        .startsWith("--endpoint must be a ws://");
    assertThat(JetstreamUrl.problem("ws:///nohost")).startsWith("--endpoint has no host");
    assertThat(JetstreamUrl.problem("ws://bad host")).startsWith("--endpoint is not a URL");
  }
}
