package com.tweetrade.tweets.live;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.MalformedEventException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the compacted rules topic from its beginning and keeps the track terms of active rules.
 *
 * <p>Reads every partition without a consumer group (each ingestor needs all rules, and nothing is
 * committed: a restart rebuilds from the compacted log). Malformed rule events are logged and
 * skipped; the Flink job dead-letters them, so they are not reported twice.
 */
public final class RulesWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RulesWatcher.class);

  private final Consumer<String, byte[]> consumer;
  private final String topic;
  private final ActiveRules rules = new ActiveRules();
  private boolean assigned;
  private boolean toldMissing;
  private Map<TopicPartition, Long> endsAtStart;
  private boolean caughtUp;

  public RulesWatcher(Consumer<String, byte[]> consumer, String topic) {
    this.consumer = consumer;
    this.topic = topic;
  }

  /** Reads what arrived; returns whether the track terms may have changed. */
  public boolean poll(Duration timeout) throws InterruptedException {
    if (!assigned && !assign()) {
      Thread.sleep(timeout.toMillis());
      return false;
    }
    boolean changed = false;
    for (ConsumerRecord<String, byte[]> r : consumer.poll(timeout)) {
      if (r.value() == null) {
        changed |= r.key() != null && rules.remove(r.key());
        continue;
      }
      try {
        changed |= rules.apply(JsonCodec.RULE_EVENT.decode(r.value()));
      } catch (MalformedEventException e) {
        LOG.warn(
            "skipping rule event at {}-{}@{}: {}",
            r.topic(),
            r.partition(),
            r.offset(),
            e.getMessage());
      }
    }
    if (!caughtUp)
      caughtUp =
          endsAtStart.entrySet().stream()
              .allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    return changed;
  }

  /**
   * Whether the rules that were on the topic when it was first found have all been read (or the
   * topic does not exist yet): until then the terms are incomplete, and a source that drops what
   * matches no term would drop posts that a rule already asks for.
   */
  public boolean caughtUp() {
    return caughtUp || toldMissing;
  }

  public Set<String> terms() {
    return rules.terms();
  }

  private boolean assign() {
    List<PartitionInfo> parts = consumer.partitionsFor(topic, Duration.ofSeconds(5));
    if (parts == null || parts.isEmpty()) {
      if (!toldMissing)
        LOG.info("rules topic {} not found yet; tracking only the configured terms", topic);
      toldMissing = true;
      return false;
    }
    List<TopicPartition> tps =
        parts.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    consumer.assign(tps);
    consumer.seekToBeginning(tps);
    endsAtStart = consumer.endOffsets(tps, Duration.ofSeconds(5));
    assigned = true;
    return true;
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }
}
