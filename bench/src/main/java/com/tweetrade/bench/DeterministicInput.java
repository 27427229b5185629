package com.tweetrade.bench;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Tweet;
import com.tweetrade.model.rules.RuleEvent;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The fixed input of the fault comparisons: seeded historical-clock quotes (20 per second of event
 * time), one tweet per second of event time, and {@link BenchRules}: the price and sentiment rules
 * plus {@link BenchRules#resting limit orders that rest across the faults}, produced once and read
 * by every run.
 *
 * <p>The rules read sentiment by a plain keyword ({@link BenchRules#KEYWORD}): the job counts a
 * tweet for a plain keyword only once a rule naming it has reached the keyword fan-out, so these
 * rows show whether the job really waits for the rules at start-up (the rules catch-up) when all
 * input is already in Kafka, also on a fresh start after a failure before the first checkpoint.
 */
public final class DeterministicInput {
  static final int QUOTES_PER_EVENT_SECOND = 20;

  private DeterministicInput() {}

  /** Produces {@code quotes} quotes and their tweets into {@code topics}; rules first. */
  public static void produce(
      BenchKafka kafka, BenchTopics topics, int quotes, long seed, int rules) {
    produce(kafka, topics, quotes, seed, rules, BenchRules.KEYWORD);
  }

  /** As above with the rules gated on {@code sentimentKey} (a quoted keyword or a cashtag). */
  static void produce(
      BenchKafka kafka, BenchTopics topics, int quotes, long seed, int rules, String sentimentKey) {
    QuoteFeed quoteFeed = new QuoteFeed(seed);
    TweetFeed tweetFeed = new TweetFeed();
    try (KafkaProducer<byte[], byte[]> producer = kafka.producer()) {
      List<RuleEvent> all =
          new ArrayList<>(BenchRules.create(rules, BenchSettings.HISTORICAL_START, sentimentKey));
      all.addAll(BenchRules.resting(seed, quotes, BenchSettings.HISTORICAL_START));
      for (RuleEvent r : all) {
        producer.send(
            new ProducerRecord<>(
                topics.rules(), 0, BenchKafka.utf8(r.ruleId()), JsonCodec.RULE_EVENT.encode(r)));
      }
      producer.flush();
      for (int i = 0; i < quotes; i++) {
        long t = BenchSettings.HISTORICAL_START + i * 1000L / QUOTES_PER_EVENT_SECOND;
        Quote q = quoteFeed.next(t);
        // Fixed partitions, so every run sees the same records at the same offsets.
        int partition = QuoteFeed.TICKERS.indexOf(q.ticker()) % 2;
        producer.send(
            new ProducerRecord<>(
                topics.quotes(),
                partition,
                t,
                BenchKafka.utf8(q.ticker()),
                JsonCodec.QUOTE.encode(q)));
        if (i % QUOTES_PER_EVENT_SECOND == 0) {
          Tweet tw = tweetFeed.next(t);
          producer.send(
              new ProducerRecord<>(
                  topics.tweets(),
                  (int) (tw.id() % 2),
                  t,
                  BenchKafka.utf8(Long.toString(tw.id())),
                  JsonCodec.TWEET.encode(tw)));
        }
      }
      producer.flush();
    }
  }
}
