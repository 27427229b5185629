package com.tweetrade.tweets.replay;

import static com.tweetrade.tweets.Fixtures.tweetJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Tweet;
import com.tweetrade.tweets.FakeTime;
import com.tweetrade.tweets.Snowflake;
import com.tweetrade.tweets.TweetPublisher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplaySourceTest {
  /** Three tweets 10 s apart; the second line is broken, one has no text. */
  private static final List<String> RECORDING =
      List.of(
          tweetJson(572185064278233088L, "first $TSLA", "Mon Mar 02 00:00:00 +0000 2015"),
          "{not json",
          tweetJson(572185064278233090L, "second", "Mon Mar 02 00:00:10 +0000 2015"),
          "",
          "{\"created_at\":\"Mon Mar 02 00:00:15 +0000 2015\",\"id\":572185064278233091}",
          tweetJson(572185064278233092L, "third", "Mon Mar 02 00:00:20 +0000 2015"));

  private static final long T0 = 1425254400000L;
  private static final long NOW = 1_800_000_000_000L;

  @TempDir Path dir;
  private final MockProducer<String, byte[]> producer =
      new MockProducer<>(true, new StringSerializer(), new ByteArraySerializer());
  private final FakeTime time = new FakeTime(NOW);
  private final TweetPublisher publisher =
      new TweetPublisher(producer, "tweets", "dead", "tweet-ingestor/replay", 1000, time);

  @Test
  void shouldSendValidTweetsWithRecordedTimesAndIdsAtMaxSpeed() throws Exception {
    replay(Speed.MAX, false, false, 0);
    List<ProducerRecord<String, byte[]>> tweets = sent("tweets");
    assertThat(tweets)
        .extracting(ProducerRecord::key)
        .containsExactly("572185064278233088", "572185064278233090", "572185064278233092");
    assertThat(tweets)
        .extracting(ProducerRecord::timestamp)
        .containsExactly(T0, T0 + 10_000, T0 + 20_000);
    assertThat(JsonCodec.TWEET.decode(tweets.get(0).value()).cashtags())
        .isEmpty(); // fixture has no symbol entities
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void shouldDeadLetterBadLinesWithReasonAndPosition() throws Exception {
    replay(Speed.MAX, false, false, 0);
    List<DeadLetter> letters = sent("dead").stream().map(r -> decode(r.value())).toList();
    assertThat(letters)
        .extracting(DeadLetter::position)
        .containsExactly("rec.jsonl:2", "rec.jsonl:5");
    assertThat(letters.get(0).reason()).startsWith("not Twitter v1.1 JSON");
    assertThat(letters.get(0).payload()).isEqualTo("{not json");
    assertThat(letters.get(1).reason()).isEqualTo("tweet has no text");
    assertThat(letters).extracting(DeadLetter::source).containsOnly("tweet-ingestor/replay");
    assertThat(publisher.counters().deadLettered.get()).isEqualTo(2);
  }

  @Test
  void shouldPaceAtTheGivenSpeed() throws Exception {
    replay(Speed.parse("10x"), false, false, 0);
    // 10 s recorded gaps at 10x are 1 s waits, cut into slices of at most 100 ms
    assertThat(time.sleeps.stream().mapToLong(Long::longValue).sum()).isEqualTo(2000);
    assertThat(time.millis()).isEqualTo(NOW + 2000);
  }

  @Test
  void shouldRetimeSoTheFirstTweetIsNowAndGapsFollowTheSpeed() throws Exception {
    replay(Speed.parse("10x"), false, true, 0);
    assertThat(sent("tweets"))
        .extracting(ProducerRecord::timestamp)
        .containsExactly(NOW, NOW + 1000, NOW + 2000);
    assertThat(sent("tweets"))
        .extracting(ProducerRecord::key)
        .first()
        .isEqualTo("572185064278233088");
  }

  @Test
  void shouldGiveLaterLoopPassesLaterTimesAndNewIdsAndDeadLetterOnce() throws Exception {
    replay(Speed.MAX, true, true, 7);
    List<ProducerRecord<String, byte[]>> tweets = sent("tweets");
    assertThat(tweets).hasSize(7);
    // pass length = span 20 s + mean gap 10 s
    assertThat(tweets)
        .extracting(ProducerRecord::timestamp)
        .containsExactly(
            NOW,
            NOW + 10_000,
            NOW + 20_000,
            NOW + 30_000,
            NOW + 40_000,
            NOW + 50_000,
            NOW + 60_000);
    List<Long> ids = tweets.stream().map(r -> Long.parseLong(r.key())).toList();
    assertThat(ids).doesNotHaveDuplicates().isSorted();
    assertThat(Snowflake.millisOf(ids.get(3))).isEqualTo(NOW + 30_000);
    assertThat(ids.get(3) & 0x3FFFFF).isEqualTo(572185064278233088L & 0x3FFFFF);
    assertThat(sent("dead")).hasSize(2);
    Tweet fourth = JsonCodec.TWEET.decode(tweets.get(3).value());
    assertThat(fourth.text()).isEqualTo("first $TSLA");
    assertThat(fourth.createdAt()).isEqualTo(NOW + 30_000);
  }

  @Test
  void shouldNeverSendAnIdTwiceWithinARecording() throws Exception {
    Path file = dir.resolve("dup.jsonl");
    Files.write(file, List.of(RECORDING.get(0), RECORDING.get(0), RECORDING.get(2)));
    new ReplaySource(
            RecordingInput.file(file),
            new ReplayClock(Speed.MAX, false, time),
            false,
            0,
            publisher,
            time)
        .run();
    assertThat(sent("tweets")).hasSize(2);
    assertThat(publisher.counters().duplicates.get()).isEqualTo(1);
  }

  @Test
  void shouldReplayTheBundledSampleByDefault() throws Exception {
    ReplaySource source =
        new ReplaySource(
            RecordingInput.sample(),
            new ReplayClock(Speed.MAX, false, time),
            false,
            0,
            publisher,
            time);
    source.run();
    assertThat(sent("tweets")).hasSize(750);
    assertThat(sent("dead")).isEmpty();
  }

  private void replay(Speed speed, boolean loop, boolean retime, long count) throws Exception {
    Path file = dir.resolve("rec.jsonl");
    Files.write(file, RECORDING);
    new ReplaySource(
            RecordingInput.file(file),
            new ReplayClock(speed, retime, time),
            loop,
            count,
            publisher,
            time)
        .run();
  }

  private List<ProducerRecord<String, byte[]>> sent(String topic) {
    return producer.history().stream().filter(r -> r.topic().equals(topic)).toList();
  }

  private static DeadLetter decode(byte[] bytes) {
    try {
      return JsonCodec.DEAD_LETTER.decode(bytes);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
