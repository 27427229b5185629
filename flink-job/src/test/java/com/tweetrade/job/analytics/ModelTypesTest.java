package com.tweetrade.job.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.functions.ScoredTweet;
import com.tweetrade.model.Tweet;
import java.util.List;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
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
    ScoredTweet tweet =
        new ScoredTweet(7, 1_000, "$TSLA to the moon 🚀", List.of("TSLA"), 0.0, 0.5423);

    assertThat(roundTrip(ModelTypes.SCORED_TWEET, tweet)).isEqualTo(tweet);
  }

  @Test
  void shouldCarryEveryFieldOfATweetIncludingItsSource() throws Exception {
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

    assertThat(roundTrip(ModelTypes.TWEET, tweet)).isEqualTo(tweet);
  }

  /** {@code value} written with {@code type}'s serializer (no Kryo) and read back. */
  private static <T> T roundTrip(TypeInformation<T> type, T value) throws Exception {
    ExecutionConfig config = new ExecutionConfig();
    config.disableGenericTypes();
    TypeSerializer<T> serializer = type.createSerializer(config.getSerializerConfig());
    DataOutputSerializer out = new DataOutputSerializer(64);
    serializer.serialize(value, out);
    return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
  }
}
