package com.tweetrade.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.Topics;
import com.tweetrade.stack.TopicSpecs.TopicSpec;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The topics table of the README: partitions, and compaction for the topics whose records are
 * latest states.
 */
class TopicSpecsTest {
  private static final Map<String, TopicSpec> BY_NAME =
      TopicSpecs.ALL.stream().collect(Collectors.toMap(TopicSpec::name, t -> t));

  @Test
  void shouldCompactTheTopicsThatHoldTheLatestStatePerKey() {
    assertThat(BY_NAME.get(Topics.RULES).configs()).containsEntry("cleanup.policy", "compact");
    assertThat(BY_NAME.get(Topics.POSITIONS).configs()).containsEntry("cleanup.policy", "compact");
    assertThat(BY_NAME.get(Topics.ACCOUNTS).configs()).containsEntry("cleanup.policy", "compact");
  }

  @Test
  void shouldKeepEveryOtherTopicForATime() {
    for (String topic :
        new String[] {
          Topics.QUOTES,
          Topics.TWEETS,
          Topics.TRADES,
          Topics.AGGREGATES,
          Topics.DEAD_LETTERS,
          Topics.ALERTS,
          Topics.ORDER_COMMANDS
        }) {
      assertThat(BY_NAME.get(topic).configs())
          .as(topic)
          .containsKey("retention.ms")
          .doesNotContainKey("cleanup.policy");
    }
  }

  @Test
  void shouldCreateEveryTopicOfTheModel() {
    assertThat(BY_NAME)
        .containsOnlyKeys(
            Topics.QUOTES,
            Topics.TWEETS,
            Topics.RULES,
            Topics.TRADES,
            Topics.AGGREGATES,
            Topics.POSITIONS,
            Topics.DEAD_LETTERS,
            Topics.ALERTS,
            Topics.ORDER_COMMANDS,
            Topics.ACCOUNTS);
    assertThat(BY_NAME.get(Topics.QUOTES).partitions()).isEqualTo(6);
    assertThat(BY_NAME.get(Topics.RULES).partitions()).isEqualTo(1);
    assertThat(BY_NAME.get(Topics.DEAD_LETTERS).partitions()).isEqualTo(1);
  }
}
