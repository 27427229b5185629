package com.tweetrade.tweets;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.stack.junit.RealStack;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Test inputs: the bundled sample's lines, hand-made v1.1 tweets, and rules on a topic. */
public final class Fixtures {
  /** 2015-03-02T00:00:00Z */
  public static final long MARCH_2_2015 = 1425254400000L;

  private Fixtures() {}

  public static List<String> sampleLines() throws IOException {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(
                    Fixtures.class.getResourceAsStream("/stocknet-tweets-sample-week.jsonl.gz")),
                StandardCharsets.UTF_8))) {
      return r.lines().toList();
    }
  }

  /**
   * A minimal v1.1 tweet; {@code createdAt} in Twitter's format, e.g. "Mon Mar 02 00:02:04 +0000
   * 2015".
   */
  public static String tweetJson(long id, String escapedText, String createdAt) {
    return "{\"created_at\":\""
        + createdAt
        + "\",\"id\":"
        + id
        + ",\"id_str\":\""
        + id
        + "\",\"text\":\""
        + escapedText
        + "\",\"user\":{\"id\":7,\"screen_name\":\"someone\",\"followers_count\":12},"
        + "\"entities\":{\"hashtags\":[],\"symbols\":[],\"urls\":[],\"user_mentions\":[]},\"lang\":\"en\"}";
  }

  /** Publishes rule {@code text}, created by alice as {@code id}, to the rules {@code topic}. */
  public static void publishRule(RealStack stack, String topic, String id, String text)
      throws Exception {
    RuleEvent e =
        new RuleEvent(
            RuleEvent.CURRENT_SCHEMA,
            RuleEvent.Type.CREATE,
            id,
            "alice",
            text,
            false,
            1,
            System.currentTimeMillis());
    try (Producer<String, byte[]> p = KafkaClients.producer(stack.kafkaBootstrap())) {
      p.send(new ProducerRecord<>(topic, id, JsonCodec.RULE_EVENT.encode(e))).get();
    }
  }

  /** Writes a benchmark's report to {@code target/bench/<file>} and returns where. */
  public static Path writeBenchReport(String file, List<String> lines) throws IOException {
    Path out = Path.of("target", "bench", file);
    Files.createDirectories(out.getParent());
    Files.write(out, lines);
    return out;
  }

  /**
   * A benchmark's publisher for {@code source} into a fresh 3-partition topic {@code
   * <topicPrefix>-it-...}, dead letters to a topic of their own, remembering a million ids to drop
   * duplicates.
   */
  public static TweetPublisher benchPublisher(RealStack stack, String topicPrefix, String source) {
    return new TweetPublisher(
        KafkaClients.producer(stack.kafkaBootstrap()),
        stack.createTopic(topicPrefix, 3),
        stack.createTopic("dead-letters-bench", 1),
        source,
        1_000_000,
        TimeSource.SYSTEM);
  }
}
