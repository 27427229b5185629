package com.tweetrade.tweets.live;

import static com.tweetrade.tweets.live.LiveFixtures.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import com.tweetrade.tweets.Fixtures;
import com.tweetrade.tweets.KafkaClients;
import com.tweetrade.tweets.TimeSource;
import com.tweetrade.tweets.TopicReader;
import com.tweetrade.tweets.TweetPublisher;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live path end to end: rules on a real rules topic pick the track terms, a loopback server
 * plays a recorded v1.1 stream and drops the connection, and the tweets land in the real broker.
 */
@ExtendWith(RealStackExtension.class)
class LiveIT {
  @Test
  void shouldFilterOnRuleTermsAndReconnectAfterADroppedConnection(RealStack stack)
      throws Exception {
    String tweets = stack.createTopic("tweets", 3);
    String dead = stack.createTopic("dead-letters", 1);
    String rules = stack.createTopic("rules", 1, Map.of("cleanup.policy", "compact"));
    Fixtures.publishRule(
        stack,
        rules,
        "r1",
        "WHEN sentiment(\"tesla\", 5m) > 0.4 AND price(TSLA) < avg(TSLA, 15m) THEN BUY 10 TSLA");

    List<String> sample = Fixtures.sampleLines();
    List<String> recordedIds = sample.subList(0, 6).stream().map(LiveIT::idOf).toList();
    String malformed = "{\"created_at\":\"Mon Mar 02 00:02:04 +0000 2015\",\"id\":77,\"text\":";
    try (FakeStreamServer server =
            new FakeStreamServer(
                List.of(
                    // first connection: three tweets, a delete notice, a broken line, a keep-alive,
                    // then it drops
                    FakeStreamServer.Session.drop(
                        List.of(
                            sample.get(0),
                            sample.get(1),
                            LiveFixtures.DELETE_NOTICE,
                            sample.get(2),
                            malformed,
                            "")),
                    // after the reconnect Twitter may deliver a tweet again; the rest follows, then
                    // it holds
                    FakeStreamServer.Session.hold(
                        List.of(
                            sample.get(2),
                            sample.get(3),
                            sample.get(4),
                            LiveFixtures.LIMIT_NOTICE,
                            sample.get(5))),
                    // after the rules change
                    FakeStreamServer.Session.hold(List.of())));
        Producer<String, byte[]> producer = KafkaClients.producer(stack.kafkaBootstrap())) {
      TweetPublisher publisher =
          new TweetPublisher(
              producer, tweets, dead, "tweet-ingestor/live", 1000, TimeSource.SYSTEM);
      LiveSource source =
          new LiveSource(
              LiveFixtures.conf(server),
              publisher,
              new RulesWatcher(KafkaClients.rulesConsumer(stack.kafkaBootstrap()), rules),
              Set.of("$AMGN"),
              LiveFixtures.QUICK,
              Duration.ZERO,
              TimeSource.SYSTEM);
      Thread runner = new Thread(source, "live-it");
      runner.start();
      try {
        await("reconnect after the drop", Duration.ofSeconds(90), () -> source.connects() >= 2);
        FakeStreamServer.Request first = server.requests.get(0);
        assertThat(first.method()).isEqualTo("POST");
        assertThat(first.signed()).isTrue();
        assertThat(Set.of(first.track().split(","))).containsExactlyInAnyOrder("$AMGN", "tesla");

        List<ConsumerRecord<String, byte[]>> sent =
            TopicReader.readAll(
                stack.kafkaBootstrap(), tweets, 6, Duration.ofSeconds(60), Duration.ofSeconds(2));
        assertThat(sent)
            .extracting(ConsumerRecord::key)
            .containsExactlyInAnyOrderElementsOf(recordedIds);
        assertThat(publisher.counters().duplicates.get()).isEqualTo(1);

        List<ConsumerRecord<String, byte[]>> letters =
            TopicReader.readAll(
                stack.kafkaBootstrap(), dead, 1, Duration.ofSeconds(30), Duration.ofSeconds(1));
        assertThat(letters).hasSize(1);
        DeadLetter letter = JsonCodec.DEAD_LETTER.decode(letters.get(0).value());
        assertThat(letter.payload()).isEqualTo(malformed);
        assertThat(letter.position()).isEqualTo("live-stream:5");
        assertThat(letter.source()).isEqualTo("tweet-ingestor/live");

        // a rule that does not compile is skipped (the job skips it too); a new valid rule with a
        // keyword and a cashtag widens the filter: the source reconnects with the new terms
        Fixtures.publishRule(
            stack, rules, "r3", "WHEN sentiment(\"oracle\", 5m) > THEN BUY 1 ORCL");
        Fixtures.publishRule(
            stack,
            rules,
            "r2",
            "WHEN volume(\"netflix\", 1m) > 10 AND sentiment($NFLX, 5m) > 0.2 THEN SELL 1 NFLX");
        await(
            "re-filter with the new rule's terms",
            Duration.ofSeconds(60),
            () -> server.requests.size() >= 3);
        assertThat(Set.of(server.requests.get(2).track().split(",")))
            .containsExactlyInAnyOrder("$AMGN", "tesla", "netflix", "$NFLX");
      } finally {
        source.close();
        runner.join(30_000);
      }
      assertThat(runner.isAlive()).isFalse();
    }
  }

  private static String idOf(String line) {
    try {
      return JsonCodec.mapper().readTree(line).get("id").asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
