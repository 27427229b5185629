package com.tweetrade.tweets.live.bluesky;

import static com.tweetrade.tweets.live.bluesky.JetstreamMessages.at;
import static com.tweetrade.tweets.live.bluesky.JetstreamMessages.cashtagFacet;
import static com.tweetrade.tweets.live.bluesky.JetstreamMessages.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Tweet;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import com.tweetrade.tweets.Fixtures;
import com.tweetrade.tweets.KafkaClients;
import com.tweetrade.tweets.TimeSource;
import com.tweetrade.tweets.TopicReader;
import com.tweetrade.tweets.TweetPublisher;
import com.tweetrade.tweets.live.Backoff;
import com.tweetrade.tweets.live.RulesWatcher;
import com.tweetrade.tweets.live.bluesky.FakeJetstream.End;
import com.tweetrade.tweets.live.bluesky.FakeJetstream.Plan;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Bluesky path end to end: a loopback Jetstream replays a recorded log (every message kind,
 * pings, a broken and a binary frame), drops the connection mid-stream and later closes it; the
 * source reconnects with a cursor, and after a restart resumes from the topic. The real tweets
 * topic must hold each wanted post exactly once, and the dead-letter topic each malformed message
 * once.
 */
@ExtendWith(RealStackExtension.class)
class BlueskyIT {
  private static final String ALICE = "did:plc:alice4zqkq5v2kq7wqxyz";
  private static final String BOB = "did:web:bob.example.com";
  private static final Backoff QUICK = new Backoff(100, 500, 200, 300, 1000);
  private static final String BROKEN = "{\"did\":\"did:plc:alice\",\"time_us\":";

  private static final List<String> LOG =
      List.of(
          JetstreamMessages.identity(ALICE, at(0)), // 0
          JetstreamMessages.account(BOB, at(1)), // 1
          post(ALICE, "3lbA", at(2), "Tesla deliveries beat estimates"), // 2 A: keyword
          JetstreamMessages.like(BOB, at(3)), // 3
          FakeJetstream.PING, // 4
          post(
              BOB,
              "3lbB",
              at(4),
              "$AAPL looks strong",
              "en",
              cashtagFacet("$AAPL", 5)), // 5 B: cashtag facet
          post(BOB, "3lbC", at(5), "tesla est en hausse", "fr", null), // 6 C: language
          BROKEN, // 7 dead letter
          JetstreamMessages.postCreatedAt(
              ALICE, "3lbD", at(6), "tesla", "yesterday"), // 8 dead letter
          JetstreamMessages.delete(ALICE, "3lbA", at(7)), // 9
          JetstreamMessages.update(BOB, "3lbB", at(8), "$AAPL edited"), // 10
          post(ALICE, "3lbE", at(9), "good morning everyone"), // 11 E: no match
          post(BOB, "3lbF", at(10), "$TSLA to the moon"), // 12 F: cashtag in text
          FakeJetstream.BINARY, // 13 dead letter
          post(ALICE, "3lbG", at(11), "Is Tesla overvalued?"), // 14 G
          post(BOB, "3lbH", at(12), "bought more $aapl"), // 15 H
          post(ALICE, "3lbI", at(13), "tesla tesla tesla"), // 16 I
          JetstreamMessages.otherKind(at(14)), // 17
          post(BOB, "3lbJ", at(15), "Tesla recall news")); // 18 J

  @Test
  void shouldSendEachWantedPostOnceAcrossADropACloseAndARestart(RealStack stack) throws Exception {
    String tweets = stack.createTopic("tweets", 3);
    String dead = stack.createTopic("dead-letters", 1);
    String rules = stack.createTopic("rules", 1, Map.of("cleanup.policy", "compact"));
    Fixtures.publishRule(
        stack, rules, "r1", "WHEN sentiment(\"tesla\", 5m) > 0.4 THEN BUY 10 TSLA");

    try (FakeJetstream server = new FakeJetstream(LOG)) {
      // 1st connection: up to G, then the TCP connection drops; 2nd: cursor replay up to I, then a
      // close frame
      server.plan(new Plan(15, End.DROP), new Plan(17, End.CLOSE));
      SourceRun first = SourceRun.start(stack, server, tweets, dead, rules, ResumePoint.NONE);
      await("three connections", () -> first.source.connects() >= 3);
      List<ConsumerRecord<String, byte[]>> sent = read(stack, tweets, 7);
      first.stop();

      assertThat(keys(sent))
          .containsExactlyInAnyOrder(ids("3lbA", "3lbB", "3lbF", "3lbG", "3lbH", "3lbI", "3lbJ"));
      assertThat(server.requests.get(0).getQuery())
          .isEqualTo("wantedCollections=app.bsky.feed.post");
      assertThat(FakeJetstream.cursorOf(server.requests.get(1)))
          .isEqualTo(at(11) - BlueskySource.REWIND_MICROS);
      assertThat(FakeJetstream.cursorOf(server.requests.get(2)))
          .isEqualTo(at(13) - BlueskySource.REWIND_MICROS);
      assertThat(first.publisher.counters().duplicates.get())
          .isEqualTo(6); // F,G again; then F,G,H,I again
      assertThat(first.source.skips().nonZero())
          .isEqualTo(
              Map.of(
                  Skip.IDENTITY,
                  1L,
                  Skip.ACCOUNT,
                  1L,
                  Skip.OTHER_COLLECTION,
                  1L,
                  Skip.LANGUAGE,
                  1L,
                  Skip.DELETE,
                  1L,
                  Skip.UPDATE,
                  1L,
                  Skip.NO_MATCH,
                  1L,
                  Skip.OTHER_KIND,
                  1L));
      ConsumerRecord<String, byte[]> b =
          sent.stream().filter(r -> r.key().equals(ids("3lbB")[0])).findFirst().orElseThrow();
      Tweet tweetB = JsonCodec.TWEET.decode(b.value());
      assertThat(tweetB.source()).isEqualTo(Tweet.SOURCE_BLUESKY);
      assertThat(tweetB.cashtags()).containsExactly("AAPL");
      assertThat(b.timestamp()).isEqualTo(JetstreamMessages.T0 / 1000);
      assertThat(
              new String(
                  b.headers().lastHeader(ResumePoint.HEADER).value(), StandardCharsets.US_ASCII))
          .isEqualTo(Long.toString(at(4)));

      List<DeadLetter> letters = read(stack, dead, 3).stream().map(BlueskyIT::letter).toList();
      assertThat(letters)
          .extracting(DeadLetter::reason)
          .satisfiesExactlyInAnyOrder(
              r -> assertThat(r).startsWith("not JSON: "),
              r -> assertThat(r).startsWith("post createdAt is not an RFC 3339 time: yesterday"),
              r -> assertThat(r).startsWith("a binary frame of 8 bytes"));
      assertThat(letters).extracting(DeadLetter::source).containsOnly("tweet-ingestor/bluesky");
      assertThat(letters).extracting(DeadLetter::payload).contains(BROKEN);

      // restart: the new run finds where to resume on the topic and does not send J (or F..I) again
      ResumePoint resume;
      try (var consumer = KafkaClients.groupLessConsumer(stack.kafkaBootstrap(), "resume-it")) {
        resume = ResumePoint.read(consumer, tweets, 1000);
      }
      assertThat(resume.timeUs()).isEqualTo(at(15));
      assertThat(resume.sentIds()).hasSize(7);
      server.append(
          post(ALICE, "3lbK", at(16), "tesla earnings call"),
          post(BOB, "3lbL", at(17), "$AAPL up"));
      SourceRun second = SourceRun.start(stack, server, tweets, dead, rules, resume);
      await(
          "restarted run sends the two new posts",
          () -> second.publisher.counters().sent.get() >= 2);
      List<ConsumerRecord<String, byte[]>> all = read(stack, tweets, 9);
      second.stop();

      assertThat(FakeJetstream.cursorOf(server.requests.get(3)))
          .isEqualTo(at(15) - BlueskySource.REWIND_MICROS);
      assertThat(keys(all))
          .containsExactlyInAnyOrder(
              ids("3lbA", "3lbB", "3lbF", "3lbG", "3lbH", "3lbI", "3lbJ", "3lbK", "3lbL"));
      assertThat(second.publisher.counters().duplicates.get()).isEqualTo(5); // F, G, H, I, J
      assertThat(read(stack, dead, 3)).hasSize(3);
    }
  }

  /** One Bluesky source running on its own thread against the real broker. */
  private record SourceRun(
      BlueskySource source,
      TweetPublisher publisher,
      Thread thread,
      Producer<String, byte[]> producer) {
    static SourceRun start(
        RealStack stack,
        FakeJetstream server,
        String tweets,
        String dead,
        String rules,
        ResumePoint resume) {
      Producer<String, byte[]> producer = KafkaClients.producer(stack.kafkaBootstrap());
      TweetPublisher publisher =
          new TweetPublisher(
              producer, tweets, dead, "tweet-ingestor/bluesky", 1000, TimeSource.SYSTEM);
      BlueskySource source =
          new BlueskySource(
              new BlueskySource.Settings(
                  server.endpoint(),
                  false,
                  Set.of("en"),
                  Set.of("$AAPL", "$TSLA"),
                  0,
                  Duration.ofSeconds(1)),
              publisher,
              new RulesWatcher(KafkaClients.rulesConsumer(stack.kafkaBootstrap()), rules),
              resume,
              QUICK,
              TimeSource.SYSTEM);
      Thread thread = new Thread(source, "bluesky-it");
      thread.start();
      return new SourceRun(source, publisher, thread, producer);
    }

    void stop() throws InterruptedException {
      source.close();
      thread.join(30_000);
      assertThat(thread.isAlive()).isFalse();
      publisher.close();
    }
  }

  private static List<ConsumerRecord<String, byte[]>> read(
      RealStack stack, String topic, int expected) {
    return TopicReader.readAll(
        stack.kafkaBootstrap(), topic, expected, Duration.ofSeconds(60), Duration.ofSeconds(2));
  }

  private static List<String> keys(List<ConsumerRecord<String, byte[]>> records) {
    return records.stream().map(ConsumerRecord::key).toList();
  }

  private static final Set<String> BOBS_POSTS =
      Set.of("3lbB", "3lbC", "3lbF", "3lbH", "3lbJ", "3lbL");

  private static String[] ids(String... rkeys) {
    return java.util.Arrays.stream(rkeys)
        .map(r -> Long.toString(PostIds.of(BOBS_POSTS.contains(r) ? BOB : ALICE, r)))
        .toArray(String[]::new);
  }

  private static DeadLetter letter(ConsumerRecord<String, byte[]> r) {
    try {
      return JsonCodec.DEAD_LETTER.decode(r.value());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) throw new AssertionError("timed out waiting for " + what);
      Thread.sleep(50);
    }
  }
}
