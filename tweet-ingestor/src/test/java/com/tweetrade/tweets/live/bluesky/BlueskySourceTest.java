package com.tweetrade.tweets.live.bluesky;

import static com.tweetrade.tweets.live.bluesky.JetstreamMessages.at;
import static com.tweetrade.tweets.live.bluesky.JetstreamMessages.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.tweets.TimeSource;
import com.tweetrade.tweets.TweetPublisher;
import com.tweetrade.tweets.live.Backoff;
import com.tweetrade.tweets.live.bluesky.FakeJetstream.End;
import com.tweetrade.tweets.live.bluesky.FakeJetstream.Plan;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The source's connection handling against a loopback Jetstream; what reaches Kafka is BlueskyIT's.
 */
class BlueskySourceTest {
  private static final Backoff QUICK = new Backoff(100, 500, 200, 300, 1000);
  private final MockProducer<String, byte[]> producer =
      new MockProducer<>(true, new StringSerializer(), new ByteArraySerializer());
  private final TweetPublisher publisher =
      new TweetPublisher(
          producer, "tweets", "dead", "tweet-ingestor/bluesky", 1000, TimeSource.SYSTEM);

  @Test
  void shouldReconnectWithACursorAfterADropAndStopAtTheCount() throws Exception {
    List<String> log =
        List.of(
            post("did:plc:a", "k1", at(1), "one"),
            post("did:plc:a", "k2", at(2), "two"),
            post("did:plc:a", "k3", at(3), "three"),
            post("did:plc:a", "k4", at(4), "four"));
    try (FakeJetstream server = new FakeJetstream(log)) {
      server.plan(new Plan(2, End.DROP), new Plan(3, End.CLOSE));
      BlueskySource source = source(server.endpoint(), 4);
      Thread t = new Thread(source);
      t.start();
      t.join(Duration.ofSeconds(30).toMillis());

      assertThat(t.isAlive()).as("stopped at --count").isFalse();
      assertThat(producer.history())
          .extracting(ProducerRecord::key)
          .containsExactly(id("k1"), id("k2"), id("k3"), id("k4"));
      assertThat(server.requests).as(server.requests.toString()).hasSize(3);
      assertThat(FakeJetstream.cursorOf(server.requests.get(1)))
          .isEqualTo(at(2) - BlueskySource.REWIND_MICROS);
      assertThat(FakeJetstream.cursorOf(server.requests.get(2)))
          .isEqualTo(at(3) - BlueskySource.REWIND_MICROS);
      assertThat(publisher.counters().duplicates.get())
          .isEqualTo(5); // k1, k2 again; then k1, k2, k3 again
    }
  }

  @Test
  void shouldRetryARefusedConnectionWithBackoff() throws Exception {
    FakeJetstream server = new FakeJetstream(List.of());
    String endpoint = server.endpoint();
    server.close(); // nothing listens there any more
    BlueskySource source = source(endpoint, 0);
    Thread t = new Thread(source);
    t.start();
    Thread.sleep(1500);
    source.close();
    t.join(10_000);

    assertThat(t.isAlive()).isFalse();
    assertThat(source.connects()).isZero();
    assertThat(producer.history()).isEmpty();
  }

  /** A source of every post at {@code endpoint}, stopping after {@code count} (0: never). */
  private BlueskySource source(String endpoint, long count) {
    return new BlueskySource(
        new BlueskySource.Settings(
            endpoint, true, Set.of(), Set.of(), count, Duration.ofSeconds(1)),
        publisher,
        null,
        ResumePoint.NONE,
        QUICK,
        TimeSource.SYSTEM);
  }

  private static String id(String rkey) {
    return Long.toString(PostIds.of("did:plc:a", rkey));
  }
}
