package com.tweetrade.job.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/** A scored tweet crosses the network with both compounds: the declared POJO fields include the finance one. */
class ScoredTweetTypeTest {

  @Test
  void shouldCarryTheVaderAndFinanceCompounds() throws Exception {
    ExecutionConfig config = new ExecutionConfig();
    config.disableGenericTypes();
    TypeSerializer<ScoredTweet> serializer = ModelTypes.SCORED_TWEET.createSerializer(config.getSerializerConfig());
    ScoredTweet tweet = new ScoredTweet(7, 1_000, "$TSLA to the moon 🚀", List.of("TSLA"), 0.0, 0.5423);

    DataOutputSerializer out = new DataOutputSerializer(64);
    serializer.serialize(tweet, out);
    ScoredTweet copy = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

    assertThat(copy).isEqualTo(tweet);
  }
}
