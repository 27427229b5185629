package com.tweetrade.job.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.functions.ScoredTweet;
import com.tweetrade.model.Tweet;
import java.util.List;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/**
 * Records cross the network whole: every field of a record must be declared in its type, or Flink's
 * POJO serializer silently drops it (the finance compound of a scored tweet, the source of a
 * tweet).
 */
class ModelTypesTest {

  @Test
  void shouldCarryTheVaderAndFinanceCompounds() throws Exception {
    ExecutionConfig config = new ExecutionConfig();
    config.disableGenericTypes();
    TypeSerializer<ScoredTweet> serializer =
        ModelTypes.SCORED_TWEET.createSerializer(config.getSerializerConfig());
    ScoredTweet tweet =
        new ScoredTweet(7, 1_000, "$TSLA to the moon 🚀", List.of("TSLA"), 0.0, 0.5423);

    DataOutputSerializer out = new DataOutputSerializer(64);
    serializer.serialize(tweet, out);
    ScoredTweet copy = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

    assertThat(copy).isEqualTo(tweet);
  }

  @Test
  void shouldCarryEveryFieldOfATweetIncludingItsSource() throws Exception {
    ExecutionConfig config = new ExecutionConfig();
    config.disableGenericTypes();
    TypeSerializer<Tweet> serializer =
        ModelTypes.TWEET.createSerializer(config.getSerializerConfig());
    Tweet tweet =
        new Tweet(
            8,
            "$AAPL up",
            2_000,
            3,
            "ann",
            10,
            "en",
            List.of("AAPL"),
            List.of("tech"),
            true,
            4L,
            Tweet.SOURCE_BLUESKY);

    DataOutputSerializer out = new DataOutputSerializer(64);
    serializer.serialize(tweet, out);

    assertThat(serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer())))
        .isEqualTo(tweet);
  }
}
