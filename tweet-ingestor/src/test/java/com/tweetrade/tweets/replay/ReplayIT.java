package com.tweetrade.tweets.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Tweet;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import com.tweetrade.tweets.Fixtures;
import com.tweetrade.tweets.TopicReader;
import com.tweetrade.tweets.TweetIngestorCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Replays into the real broker through the CLI and reads the topics back. */
@ExtendWith(RealStackExtension.class)
class ReplayIT {
  private static final DateTimeFormatter TWITTER_DATE =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);

  @TempDir Path dir;

  @Test
  void shouldReplayTheBundledSampleIntoKafkaExactlyOnce(RealStack stack) throws Exception {
    String tweets = stack.createTopic("tweets", 3);
    String dead = stack.createTopic("dead-letters", 1);
    int exit = run(stack, tweets, dead, "--speed", "max");
    assertThat(exit).isZero();

    // Expectations straight from the JSON, without twitter4j: id -> created_at.
    Map<Long, Long> expected = new HashMap<>();
    for (String line : Fixtures.sampleLines()) {
      JsonNode n = JsonCodec.mapper().readTree(line);
      expected.put(
          n.get("id").asLong(),
          ZonedDateTime.parse(n.get("created_at").asText(), TWITTER_DATE)
              .toInstant()
              .toEpochMilli());
    }
    assertThat(expected).hasSize(750);

    List<ConsumerRecord<String, byte[]>> records =
        TopicReader.readAll(
            stack.kafkaBootstrap(),
            tweets,
            expected.size(),
            Duration.ofSeconds(60),
            Duration.ofSeconds(2));
    assertThat(records).hasSize(750);
    Map<Long, Tweet> byId = new HashMap<>();
    for (ConsumerRecord<String, byte[]> r : records) {
      Tweet t = JsonCodec.TWEET.decode(r.value());
      assertThat(r.key()).isEqualTo(Long.toString(t.id()));
      assertThat(r.timestamp()).isEqualTo(expected.get(t.id())).isEqualTo(t.createdAt());
      byId.put(t.id(), t);
    }
    assertThat(byId.keySet()).isEqualTo(expected.keySet());

    Tweet att = byId.get(572313443530874880L);
    assertThat(att.text())
        .isEqualTo(
            "$T - AT&T Integrates Home Security & Automation Controls With The Connected Car"
                + " http://t.co/FoolNePwsu");
    assertThat(att.cashtags()).containsExactly("T");
    Tweet retweet = byId.get(572237459490263040L);
    assertThat(retweet.retweet()).isTrue();
    assertThat(retweet.retweetedId()).isEqualTo(572029426151497730L);
    assertThat(byId.get(572185064278233088L).authorName()).isEqualTo("StockNews_");

    assertThat(
            TopicReader.readAll(
                stack.kafkaBootstrap(), dead, 0, Duration.ZERO, Duration.ofSeconds(2)))
        .isEmpty();
  }

  @Test
  void shouldSendMalformedLinesToTheDeadLetterTopicAndKeepGoing(RealStack stack) throws Exception {
    String tweets = stack.createTopic("tweets", 3);
    String dead = stack.createTopic("dead-letters", 1);
    List<String> sample = Fixtures.sampleLines();
    List<String> lines = new ArrayList<>(sample.subList(0, 10));
    lines.add(
        3, "{\"created_at\": \"Mon Mar 02 00:02:04 +0000 2015\", \"id\": "); // line 4: cut off
    lines.add(
        7,
        "{\"created_at\":\"Mon Mar 02 00:02:04 +0000"
            + " 2015\",\"id\":99,\"user\":{\"id\":1}}"); // line 8: no text
    lines.add(lines.get(0)); // line 13: a repeat
    Path file = dir.resolve("with-errors.jsonl.gz");
    try (var out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(
          (String.join("\n", lines) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    assertThat(run(stack, tweets, dead, "--speed", "max", "--file", file.toString())).isZero();

    List<ConsumerRecord<String, byte[]>> letters =
        TopicReader.readAll(
            stack.kafkaBootstrap(), dead, 2, Duration.ofSeconds(60), Duration.ofSeconds(2));
    List<DeadLetter> decoded = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> r : letters)
      decoded.add(JsonCodec.DEAD_LETTER.decode(r.value()));
    assertThat(decoded)
        .extracting(DeadLetter::position)
        .containsExactly("with-errors.jsonl.gz:4", "with-errors.jsonl.gz:8");
    assertThat(decoded.get(0).reason()).startsWith("not Twitter v1.1 JSON");
    assertThat(decoded.get(1).reason()).isEqualTo("tweet has no text");
    assertThat(decoded.get(1).source()).isEqualTo("tweet-ingestor/replay");

    List<ConsumerRecord<String, byte[]>> sent =
        TopicReader.readAll(
            stack.kafkaBootstrap(), tweets, 10, Duration.ofSeconds(60), Duration.ofSeconds(2));
    assertThat(sent)
        .extracting(ConsumerRecord::key)
        .containsExactlyInAnyOrderElementsOf(
            sample.subList(0, 10).stream().map(ReplayIT::idOf).toList());
  }

  /**
   * The whole StockNet set shipped in data/stocknet replays as the docs say: every tweet, once,
   * none refused.
   */
  @Test
  void shouldReplayTheFullShippedStockNetSet(RealStack stack) throws Exception {
    Path full = Path.of("..", "data", "stocknet", "tweets-2014-2015.jsonl.gz");
    assertThat(full).as("the full set ships with the repository").exists();
    String tweets = stack.createTopic("tweets-full", 3);
    String dead = stack.createTopic("dead-letters", 1);

    assertThat(run(stack, tweets, dead, "--speed", "max", "--file", full.toString())).isZero();

    List<ConsumerRecord<String, byte[]>> records =
        TopicReader.readAll(
            stack.kafkaBootstrap(), tweets, 96_826, Duration.ofSeconds(180), Duration.ofSeconds(2));
    assertThat(records).hasSize(96_826);
    assertThat(records.stream().map(ConsumerRecord::key).distinct().count()).isEqualTo(96_826);
    assertThat(JsonCodec.TWEET.decode(records.get(0).value()).source())
        .isEqualTo(Tweet.SOURCE_REPLAY);
    assertThat(
            TopicReader.readAll(
                stack.kafkaBootstrap(), dead, 0, Duration.ZERO, Duration.ofSeconds(1)))
        .isEmpty();
  }

  private static String idOf(String line) {
    try {
      return JsonCodec.mapper().readTree(line).get("id").asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int run(RealStack stack, String tweets, String dead, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--source",
                "replay",
                "--kafka",
                stack.kafkaBootstrap(),
                "--topic",
                tweets,
                "--dead-letter-topic",
                dead,
                "--progress-seconds",
                "0"));
    args.addAll(List.of(extra));
    return new CommandLine(new TweetIngestorCommand()).execute(args.toArray(String[]::new));
  }
}
