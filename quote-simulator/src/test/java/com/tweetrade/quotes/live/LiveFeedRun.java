package com.tweetrade.quotes.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import com.tweetrade.quotes.KafkaQuoteSink;
import com.tweetrade.quotes.TopicRecords;
import com.tweetrade.stack.junit.RealStack;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A live feed source run against a loopback feed and the real broker, and what reached the topics.
 */
public final class LiveFeedRun {
  private static final Duration QUICK_STEP = Duration.ofMillis(100);

  public final String quotesTopic;
  public final String deadLetterTopic;
  public final LiveFeedSource source;
  private final RealStack stack;

  private LiveFeedRun(
      RealStack stack, String quotesTopic, String deadLetterTopic, LiveFeedSource source) {
    this.stack = stack;
    this.quotesTopic = quotesTopic;
    this.deadLetterTopic = deadLetterTopic;
    this.source = source;
  }

  /** Runs until {@code count} quotes were handed over (or 60 s passed), then closes the sink. */
  public static LiveFeedRun run(
      RealStack stack, FeedProtocol protocol, String endpoint, Set<String> tickers, long count)
      throws InterruptedException {
    return run(stack, protocol, endpoint, tickers, "rules", count);
  }

  /** As above; with {@code tickers} null the source follows the rules on {@code rulesTopic}. */
  public static LiveFeedRun run(
      RealStack stack,
      FeedProtocol protocol,
      String endpoint,
      Set<String> tickers,
      String rulesTopic,
      long count)
      throws InterruptedException {
    String quotes = stack.createTopic("quotes", 3);
    String dead = stack.createTopic("dead-letters", 1);
    KafkaQuoteSink sink =
        new KafkaQuoteSink(
            KafkaQuoteSink.producerConfig(stack.kafkaBootstrap(), Map.of()), quotes, dead);
    LiveFeedSource source =
        new LiveFeedSource(
            protocol,
            new LiveFeedSource.Settings(
                endpoint,
                tickers,
                count,
                Duration.ofSeconds(5),
                QUICK_STEP,
                QUICK_STEP.multipliedBy(5)),
            sink,
            stack.kafkaBootstrap(),
            rulesTopic,
            null,
            Clock.systemUTC());
    Thread thread = new Thread(source, protocol.name() + "-it");
    thread.start();
    thread.join(60_000);
    source.close();
    thread.join(10_000);
    assertThat(thread.isAlive()).isFalse();
    sink.close();
    return new LiveFeedRun(stack, quotes, dead, source);
  }

  /** Every quote on the topic, checking key and record timestamp on the way. */
  public List<Quote> quotes(int expected) {
    return TopicRecords.readAll(stack.kafkaBootstrap(), quotesTopic, expected).stream()
        .map(
            r -> {
              Quote q = decode(r, JsonCodec.QUOTE);
              assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo(q.ticker());
              assertThat(r.timestamp()).isEqualTo(q.eventTime());
              return q;
            })
        .toList();
  }

  public List<DeadLetter> deadLetters(int expected) {
    return TopicRecords.readAll(stack.kafkaBootstrap(), deadLetterTopic, expected).stream()
        .map(r -> decode(r, JsonCodec.DEAD_LETTER))
        .toList();
  }

  private static <T> T decode(ConsumerRecord<byte[], byte[]> r, JsonCodec<T> codec) {
    try {
      return codec.decode(r.value());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
