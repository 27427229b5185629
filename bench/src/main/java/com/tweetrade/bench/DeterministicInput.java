package com.tweetrade.bench;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Tweet;
import com.tweetrade.model.rules.RuleEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The fixed input of the fault comparisons: seeded historical-clock quotes (20 per second of event
 * time), one tweet per second of event time, and {@link BenchRules}, produced once and read by every run.
 *
 * <p>The rules read sentiment by cashtag ({@link BenchRules#CASHTAG}), not by a plain keyword. The job
 * counts a tweet for a plain keyword only once a rule naming it has reached the keyword fan-out, a
 * moment in processing time: with all input already in Kafka, some tweets can overtake the rules at
 * the job's first start, and by how many differs from run to run (a fresh start after a failure
 * before the first checkpoint races again). Cashtags of known tickers are tracked from the start,
 * so every sentiment row is a function of the input alone. Recovery keeps tracked keywords either
 * way (broadcast state is checkpointed); the throughput run keeps the plain keyword.
 */
public final class DeterministicInput {
  static final int QUOTES_PER_EVENT_SECOND = 20;

  private DeterministicInput() {}

  /** Produces {@code quotes} quotes and their tweets into {@code topics}; rules first. */
  public static void produce(BenchKafka kafka, BenchTopics topics, int quotes, long seed, int rules) {
    produce(kafka, topics, quotes, seed, rules, BenchRules.CASHTAG);
  }

  /** As above with the rules gated on {@code sentimentKey} (a quoted keyword shows the start-up race). */
  static void produce(BenchKafka kafka, BenchTopics topics, int quotes, long seed, int rules, String sentimentKey) {
    QuoteFeed quoteFeed = new QuoteFeed(seed);
    TweetFeed tweetFeed = new TweetFeed();
    try (KafkaProducer<byte[], byte[]> producer = kafka.producer()) {
      for (RuleEvent r : BenchRules.create(rules, BenchSettings.HISTORICAL_START, sentimentKey)) {
        producer.send(new ProducerRecord<>(topics.rules(), 0, BenchKafka.utf8(r.ruleId()), JsonCodec.RULE_EVENT.encode(r)));
      }
      producer.flush();
      for (int i = 0; i < quotes; i++) {
        long t = BenchSettings.HISTORICAL_START + i * 1000L / QUOTES_PER_EVENT_SECOND;
        Quote q = quoteFeed.next(t);
        // Fixed partitions, so every run sees the same records at the same offsets.
        int partition = QuoteFeed.TICKERS.indexOf(q.ticker()) % 2;
        producer.send(new ProducerRecord<>(topics.quotes(), partition, t, BenchKafka.utf8(q.ticker()),
            JsonCodec.QUOTE.encode(q)));
        if (i % QUOTES_PER_EVENT_SECOND == 0) {
          Tweet tw = tweetFeed.next(t);
          producer.send(new ProducerRecord<>(topics.tweets(), (int) (tw.id() % 2), t,
              BenchKafka.utf8(Long.toString(tw.id())), JsonCodec.TWEET.encode(tw)));
        }
      }
      producer.flush();
    }
  }
}
