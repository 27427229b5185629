package com.tweetrade.stack;

import com.tweetrade.model.Topics;
import java.util.List;
import java.util.Map;

/**
 * The product's Kafka topics with their partitions and configs: the one place that defines them.
 */
final class TopicSpecs {
  private static final String DAY_MS = Long.toString(24L * 60 * 60 * 1000);
  private static final String WEEK_MS = Long.toString(7L * 24 * 60 * 60 * 1000);

  /** One topic to create. */
  public record TopicSpec(String name, int partitions, Map<String, String> configs) {}

  /**
   * All product topics. Quotes are high-volume and only useful for a day; rules are compacted so
   * the latest revision of every rule stays forever; positions are compacted too, since each record
   * is the latest state of its {@code user/ticker} key, and so are account settings (the latest per
   * user: the job moves the cash by the difference to the capital it has, so a replay of the
   * compacted topic leaves each account where the full history would); the other outputs keep a
   * week (their writers stamp current time, so records do not expire at once).
   */
  public static final List<TopicSpec> ALL =
      List.of(
          new TopicSpec(Topics.QUOTES, 6, Map.of("retention.ms", DAY_MS)),
          new TopicSpec(Topics.TWEETS, 3, Map.of("retention.ms", WEEK_MS)),
          new TopicSpec(
              Topics.RULES,
              1,
              Map.of(
                  "cleanup.policy", "compact", "retention.ms", "-1", "min.compaction.lag.ms", "0")),
          new TopicSpec(Topics.TRADES, 3, Map.of("retention.ms", WEEK_MS)),
          new TopicSpec(Topics.AGGREGATES, 3, Map.of("retention.ms", WEEK_MS)),
          new TopicSpec(Topics.POSITIONS, 3, Map.of("cleanup.policy", "compact")),
          new TopicSpec(Topics.DEAD_LETTERS, 1, Map.of("retention.ms", WEEK_MS)),
          new TopicSpec(Topics.ALERTS, 3, Map.of("retention.ms", WEEK_MS)),
          new TopicSpec(Topics.ORDER_COMMANDS, 3, Map.of("retention.ms", WEEK_MS)),
          new TopicSpec(Topics.ACCOUNTS, 3, Map.of("cleanup.policy", "compact")));

  /**
   * Configs of topics made by tests: kept forever (the test directory is deleted afterwards), so
   * records with old event-time timestamps are not deleted on arrival.
   */
  public static final Map<String, String> TEST_TOPIC_CONFIGS = Map.of("retention.ms", "-1");

  private TopicSpecs() {}
}
