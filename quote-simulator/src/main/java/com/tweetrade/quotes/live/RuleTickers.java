package com.tweetrade.quotes.live;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.MalformedEventException;
import com.tweetrade.model.access.Credentials;
import com.tweetrade.model.rules.Rule;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.RuleLanguage;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tickers that active rules read ({@link Rule#tickers()}: price inputs and traded tickers),
 * from the compacted rules topic, read from the beginning without a consumer group.
 *
 * <p>A minimal reader on purpose: the tweet-ingestor's {@code RulesWatcher} follows the same topic
 * for keywords, but producers share only {@code model/}, and this is not wire contract. Events
 * apply as the job's rule book applies them, in short: a revision not newer than the held one is
 * ignored; deletes, tombstones and pauses drop the rule; an event that does not compile is skipped
 * with a warning.
 */
final class RuleTickers implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RuleTickers.class);

  private final Consumer<String, byte[]> consumer;
  private final String topic;
  private final Map<String, Long> revisions = new HashMap<>();
  private final Map<String, Set<String>> tickersByRule = new HashMap<>();
  private boolean assigned;

  RuleTickers(String bootstrap, String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "quote-feed-rules");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    Credentials.addKafkaSignIn(p, Credentials.configured());
    this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    this.topic = topic;
  }

  /** Reads what arrived within {@code timeout}. */
  void poll(Duration timeout) throws InterruptedException {
    if (!assigned) {
      List<PartitionInfo> parts;
      try {
        parts = consumer.partitionsFor(topic, timeout);
      } catch (TimeoutException e) {
        return; // the broker is slow or away: the next poll asks again
      }
      if (parts == null || parts.isEmpty()) {
        Thread.sleep(timeout.toMillis());
        return;
      }
      List<TopicPartition> tps =
          parts.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(tps);
      consumer.seekToBeginning(tps);
      assigned = true;
    }
    for (ConsumerRecord<String, byte[]> r : consumer.poll(timeout)) {
      if (r.value() == null) {
        if (r.key() != null) tickersByRule.remove(r.key());
        continue;
      }
      try {
        apply(JsonCodec.RULE_EVENT.decode(r.value()));
      } catch (MalformedEventException | IllegalArgumentException e) {
        LOG.warn(
            "skipping rule event at {}-{}@{}: {}",
            r.topic(),
            r.partition(),
            r.offset(),
            e.getMessage());
      }
    }
  }

  private void apply(RuleEvent event) {
    Long held = revisions.get(event.ruleId());
    if (!event.hasSupportedSchema() || held != null && event.revision() <= held) return;
    Set<String> tickers =
        event.type() == RuleEvent.Type.DELETE || event.paused()
            ? null
            : Rule.fromEvent(event, RuleLanguage.standardTickers())
                .tickers(); // throws for a rule that does not compile
    revisions.put(event.ruleId(), event.revision());
    if (tickers == null) tickersByRule.remove(event.ruleId());
    else tickersByRule.put(event.ruleId(), tickers);
  }

  Set<String> tickers() {
    Set<String> all = new TreeSet<>();
    tickersByRule.values().forEach(all::addAll);
    return all;
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }
}
