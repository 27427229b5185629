package com.tweetrade.tweets.live;

import static com.tweetrade.tweets.live.LiveFixtures.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.tweets.Fixtures;
import com.tweetrade.tweets.TimeSource;
import com.tweetrade.tweets.TweetPublisher;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The live source against a loopback stream server, with a mock producer: errors and reconnects.
 */
class LiveSourceTest {
  private final MockProducer<String, byte[]> producer =
      new MockProducer<>(true, new StringSerializer(), new ByteArraySerializer());
  private final TweetPublisher publisher =
      new TweetPublisher(
          producer, "tweets", "dead", "tweet-ingestor/live", 1000, TimeSource.SYSTEM);

  @Test
  void shouldStopAndSayWhyWhenCredentialsAreRejected() throws Exception {
    try (FakeStreamServer server =
        new FakeStreamServer(List.of(FakeStreamServer.Session.error(401)))) {
      LiveSource source = source(server);
      Thread t = start(source);
      t.join(Duration.ofSeconds(60).toMillis());
      assertThat(t.isAlive()).as("source stopped by itself").isFalse();
      assertThat(source.fatalFailure()).isNotNull();
      assertThat(source.fatalFailure().explanation())
          .contains("rejected the credentials", "TWITTER_CONSUMER_KEY")
          .doesNotContain("test-consumer-secret", "test-access-secret");
      assertThat(server.requests).hasSize(1);
      assertThat(server.requests.get(0).signed()).isTrue();
    }
  }

  @Test
  void shouldWaitAndReconnectWhenRateLimited() throws Exception {
    String tweet = Fixtures.sampleLines().get(0);
    try (FakeStreamServer server =
        new FakeStreamServer(
            List.of(
                FakeStreamServer.Session.error(420),
                FakeStreamServer.Session.hold(List.of(tweet))))) {
      LiveSource source = source(server);
      Thread t = start(source);
      try {
        await(
            "the tweet after the rate-limited attempt",
            Duration.ofSeconds(60),
            () -> producer.history().size() == 1);
        assertThat(server.requests).hasSize(2);
        assertThat(source.fatalFailure()).isNull();
        assertThat(producer.history().get(0).key()).isEqualTo("572185064278233088");
      } finally {
        source.close();
        t.join(30_000);
      }
    }
  }

  private LiveSource source(FakeStreamServer server) {
    return new LiveSource(
        LiveFixtures.conf(server),
        publisher,
        null,
        Set.of("$AMGN"),
        LiveFixtures.QUICK,
        Duration.ZERO,
        TimeSource.SYSTEM);
  }

  private static Thread start(LiveSource source) {
    Thread t = new Thread(source, "live-source-test");
    t.start();
    return t;
  }
}
