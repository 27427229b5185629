package com.tweetrade.tweets;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Tweet;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class TweetPublisherTest {
  private static final long CREATED = 1425254524000L;
  private final MockProducer<String, byte[]> producer =
      new MockProducer<>(false, new StringSerializer(), new ByteArraySerializer());
  private final FakeTime time = new FakeTime(1_800_000_000_000L);
  private final TweetPublisher publisher =
      new TweetPublisher(producer, "tw", "dl", "tweet-ingestor/test", 100, time);

  @Test
  void shouldKeyByIdStampWithCreatedAtAndEncodeAsJson() throws Exception {
    Tweet t = tweet(42, "hello $TSLA");
    assertThat(publisher.publish(t, "{raw}", "f:1")).isTrue();
    ProducerRecord<String, byte[]> r = producer.history().get(0);
    assertThat(r.topic()).isEqualTo("tw");
    assertThat(r.key()).isEqualTo("42");
    assertThat(r.timestamp()).isEqualTo(CREATED);
    assertThat(JsonCodec.TWEET.decode(r.value())).isEqualTo(t);
  }

  @Test
  void shouldCountSentOnlyWhenTheBrokerAcknowledges() {
    publisher.publish(tweet(1, "a"), "", "f:1");
    publisher.publish(tweet(2, "b"), "", "f:2");
    assertThat(publisher.counters().sent.get()).isZero();
    producer.completeNext();
    producer.errorNext(new RuntimeException("broker down"));
    assertThat(publisher.counters().sent.get()).isEqualTo(1);
    assertThat(publisher.counters().failed.get()).isEqualTo(1);
  }

  @Test
  void shouldNotSendAnIdTwice() {
    assertThat(publisher.publish(tweet(7, "x"), "", "f:1")).isTrue();
    assertThat(publisher.publish(tweet(7, "x again"), "", "f:2")).isFalse();
    assertThat(producer.history()).hasSize(1);
    assertThat(publisher.counters().duplicates.get()).isEqualTo(1);
  }

  @Test
  void shouldDeadLetterATweetWithoutText() throws Exception {
    assertThat(publisher.publish(tweet(8, " "), "{\"id\":8}", "file.jsonl:3")).isFalse();
    ProducerRecord<String, byte[]> r = producer.history().get(0);
    assertThat(r.topic()).isEqualTo("dl");
    DeadLetter letter = JsonCodec.DEAD_LETTER.decode(r.value());
    assertThat(letter)
        .isEqualTo(
            new DeadLetter(
                "tweet-ingestor/test",
                "tweet has no text",
                "{\"id\":8}",
                "file.jsonl:3",
                time.millis()));
    assertThat(publisher.counters().deadLettered.get()).isEqualTo(1);
  }

  private static Tweet tweet(long id, String text) {
    return new Tweet(
        id, text, CREATED, 3, "someone", 10, "en", List.of("TSLA"), List.of(), false, null);
  }
}
