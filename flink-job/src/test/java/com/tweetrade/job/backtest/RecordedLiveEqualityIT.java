package com.tweetrade.job.backtest;

import static com.tweetrade.job.Fixtures.T0;
import static com.tweetrade.job.Fixtures.createRule;
import static com.tweetrade.job.Fixtures.quote;
import static com.tweetrade.job.Fixtures.tweet;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.tweetrade.job.KafkaTestClients;
import com.tweetrade.job.StackJobs;
import com.tweetrade.job.TweeTradeJob;
import com.tweetrade.job.config.JobConfig;
import com.tweetrade.job.io.KafkaCassandraIo;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Trade;
import com.tweetrade.model.Tweet;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17's claim for rules decided on closed panes: a recorded backtest over a period the live
 * job ran makes exactly the trades the live job made. The live job (production IO: Kafka in,
 * Cassandra and Kafka out, on a MiniCluster, bounded) runs over known quotes, posts and ON CLOSE
 * rules; then the recorded backtest reads the windows it stored and decides the same rules.
 *
 * <p>Quotes are half a second off the pane boundaries: a quote at a boundary itself could be taken
 * live or not, depending on arrival. Every rule reads the price of the ticker it trades: a rule
 * that does not was filled live at whatever quote had arrived by then.
 */
@ExtendWith(RealStackExtension.class)
class RecordedLiveEqualityIT {
  private static final long SECOND = 1_000;
  private static final long MINUTE = 60 * SECOND;

  /** The live rule ids; the backtest names them rule-1, rule-2, ... in this order. */
  private static final List<String> RULE_IDS = List.of("r1", "r2", "r3", "r4");

  private static final List<String> RULES =
      List.of(
          // TSLA drops at 4:00: bought at the first close after it.
          "WHEN price(TSLA) < avg(TSLA, 5m) THEN BUY 10 TSLA ON CLOSE",
          // Posts on tesla from 6:00, after TSLA recovered: sold.
          "WHEN sentiment(\"tesla\", 1m) > 0.3 AND price(TSLA) > 190 THEN SELL 5 TSLA ON CLOSE",
          // AAPL up 1% at 5:00 against its 15 minutes.
          "WHEN change(AAPL, 15m) > 0.5 THEN BUY 3 AAPL ON CLOSE",
          // Posts on $AAPL from 7:00, and AAPL above its minute's VWAP.
          "WHEN volume(\"$AAPL\", 1m) >= 3 AND price(AAPL) >= vwap(AAPL, 1m) THEN BUY 2 AAPL ON"
              + " CLOSE");

  @Test
  void shouldMakeExactlyTheTradesTheLiveJobMade(RealStack stack) throws Exception {
    JobConfig config = StackJobs.freshConfig(stack, "recorded-live-equality").withBounded(true);
    produce(stack.kafkaBootstrap(), config);

    StreamExecutionEnvironment env = StackJobs.checkpointing(Map.of());
    new TweeTradeJob(config, new KafkaCassandraIo(config)).attach(env);
    env.execute("RecordedLiveEqualityIT live");

    List<String> live;
    try (CqlSession cql = stack.cqlSession(config.keyspace())) {
      live = liveTrades(cql);
    }
    assertThat(live).as("the live job traded").hasSizeGreaterThanOrEqualTo(4);
    assertThat(live).anyMatch(t -> t.contains(",rule-2,SELL,"));
    assertThat(live).anyMatch(t -> t.contains(",rule-4,BUY,"));

    LocalDate day = LocalDate.of(2024, 3, 1);
    RecordedRules rules = RecordedRules.of(RULES, T0 - 1);
    RecordedHistory history;
    try (RecordedTables tables =
        RecordedTables.connect(
            stack.cassandraContactPoint(), Optional.empty(), config.keyspace())) {
      history = RecordedHistory.read(tables, rules, day, day);
    }
    List<Trade> recorded =
        Backtest.run(
            history, rules.events(), 10_000_000L, new PrintStream(OutputStream.nullOutputStream()));

    assertThat(recorded.stream().map(RecordedLiveEqualityIT::line).toList())
        .containsExactlyElementsOf(live);
  }

  /** The live trades as lines, the rule named as the backtest names it, in time and rule order. */
  private static List<String> liveTrades(CqlSession cql) {
    List<Row> rows = new ArrayList<>();
    cql.execute("SELECT * FROM trades").forEach(rows::add);
    rows.sort(
        Comparator.comparing((Row r) -> r.getInstant("event_time"))
            .thenComparing(r -> RULE_IDS.indexOf(r.getString("rule_id"))));
    List<String> lines = new ArrayList<>();
    for (Row r : rows) {
      lines.add(
          line(
              r.getInstant("event_time").toEpochMilli(),
              "rule-" + (RULE_IDS.indexOf(r.getString("rule_id")) + 1),
              r.getString("side"),
              r.getLong("quantity"),
              r.getString("ticker"),
              r.getLong("price_cents"),
              r.getString("status")));
    }
    return lines;
  }

  /** What must agree: time, rule, side, quantity, ticker, price, status. */
  private static String line(Trade t) {
    return line(
        t.eventTime(), t.ruleId(), t.side(), t.quantity(), t.ticker(), t.priceCents(), t.status());
  }

  private static String line(
      long time,
      String rule,
      String side,
      long quantity,
      String ticker,
      long priceCents,
      String status) {
    return String.join(
        ",",
        Instant.ofEpochMilli(time).toString(),
        rule,
        side,
        Long.toString(quantity),
        ticker,
        Long.toString(priceCents),
        status);
  }

  private static void produce(String bootstrap, JobConfig config) throws Exception {
    try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(bootstrap)) {
      for (int i = 0; i < RULES.size(); i++) {
        send(
            producer,
            config.rulesTopic(),
            RULE_IDS.get(i),
            JsonCodec.RULE_EVENT.encode(createRule(RULE_IDS.get(i), RULES.get(i), 1)));
      }
      for (Quote q : quotes())
        send(producer, config.quotesTopic(), q.ticker(), JsonCodec.QUOTE.encode(q));
      for (Tweet t : tweets()) send(producer, config.tweetsTopic(), "t", JsonCodec.TWEET.encode(t));
      producer.flush();
    }
  }

  private static void send(
      KafkaProducer<byte[], byte[]> producer, String topic, String key, byte[] value)
      throws Exception {
    producer
        .send(new ProducerRecord<>(topic, 0, key.getBytes(StandardCharsets.UTF_8), value))
        .get();
  }

  /**
   * Ten minutes, in event-time order: TSLA every 2 s (200.00, 180.00 from 4:00, 195.00 from 6:00),
   * AAPL every 3 s (100.00, 101.00 from 5:00), each half a second after a whole second.
   */
  private static List<Quote> quotes() {
    List<Quote> quotes = new ArrayList<>();
    for (long t = 500; t < 10 * MINUTE; t += SECOND) {
      long s = t / SECOND;
      if (s % 2 == 0) {
        long cents = t < 4 * MINUTE ? 20_000 : t < 6 * MINUTE ? 18_000 : 19_500;
        quotes.add(quote("TSLA", cents, 10, T0 + t));
      }
      if (s % 3 == 0) quotes.add(quote("AAPL", t < 5 * MINUTE ? 10_000 : 10_100, 5, T0 + t));
    }
    return quotes;
  }

  /** Posts on tesla every 5 s from 6:00 to 7:00, on $AAPL every 4 s from 7:00 to 8:00. */
  private static List<Tweet> tweets() {
    List<Tweet> tweets = new ArrayList<>();
    long id = 1;
    for (long t = 6 * MINUTE + 2 * SECOND; t < 8 * MINUTE; t += SECOND) {
      long s = t / SECOND;
      if (t < 7 * MINUTE && s % 5 == 0)
        tweets.add(tweet(id++, "tesla is great, I love it", T0 + t));
      if (t >= 7 * MINUTE && s % 4 == 0)
        tweets.add(tweet(id++, "$AAPL looks good", T0 + t, "AAPL"));
    }
    return tweets;
  }
}
