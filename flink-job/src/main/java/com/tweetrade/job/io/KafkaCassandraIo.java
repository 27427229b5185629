package com.tweetrade.job.io;

import com.tweetrade.job.Uids;
import com.tweetrade.job.analytics.Decoded;
import com.tweetrade.job.analytics.EventTimeLimit;
import com.tweetrade.job.analytics.EventTimeWatermarks;
import com.tweetrade.job.analytics.ModelTypes;
import com.tweetrade.job.config.JobConfig;
import com.tweetrade.job.trading.TradingTypes;
import com.tweetrade.model.AccountSettings;
import com.tweetrade.model.Alert;
import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.EquityPoint;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.OpenOrder;
import com.tweetrade.model.OrderCommand;
import com.tweetrade.model.Position;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.Quote;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.Topics;
import com.tweetrade.model.Trade;
import com.tweetrade.model.Tweet;
import com.tweetrade.model.access.Credentials;
import com.tweetrade.model.rules.RuleEvent;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The production IO: Kafka sources for quotes, tweets and rules; Kafka sinks for aggregates and
 * dead letters; Cassandra sinks for the aggregate tables.
 *
 * <p>Quotes and tweets resume from the group's committed offsets (earliest on first start); rules
 * are always read from the start of their compacted topic, so every instance learns every rule, and
 * read a second time up to the topic's end at job start ({@link #rulesAtStart}), which tells the
 * job when those rules are all in. Aggregates are written at least once (keyed and idempotent by
 * window); dead letters, trades and alerts exactly once ({@link KafkaSinks#exactlyOnce}): read them
 * with {@code read_committed}. {@link JobConfig#bounded()} stops every source at the end offsets it
 * sees on start.
 */
public class KafkaCassandraIo implements JobIo {

  private final JobConfig config;

  public KafkaCassandraIo(JobConfig config) {
    this.config = config;
  }

  @Override
  public DataStream<Decoded<Quote>> quotes(StreamExecutionEnvironment env) {
    var decoder = decoding(JsonCodec.QUOTE, Quote::eventTime, ModelTypes.QUOTE);
    return events(env, config.quotesTopic(), decoder, "Quotes Kafka Source", Uids.QUOTES_SOURCE);
  }

  @Override
  public DataStream<Decoded<Tweet>> tweets(StreamExecutionEnvironment env) {
    var decoder = decoding(JsonCodec.TWEET, Tweet::createdAt, ModelTypes.TWEET);
    return events(env, config.tweetsTopic(), decoder, "Tweets Kafka Source", Uids.TWEETS_SOURCE);
  }

  @Override
  public DataStream<Decoded<RuleEvent>> rules(StreamExecutionEnvironment env) {
    KafkaSource<Decoded<RuleEvent>> source =
        source(
            config.rulesTopic(),
            OffsetsInitializer.earliest(),
            decoding(JsonCodec.RULE_EVENT, RuleEvent::timestamp, ModelTypes.RULE_EVENT));
    return env.fromSource(
            source, EventTimeWatermarks.<Decoded<RuleEvent>>forRules(), "Rules Kafka Source")
        .uid(Uids.RULES_SOURCE);
  }

  @Override
  public DataStream<Decoded<RuleEvent>> rulesAtStart(StreamExecutionEnvironment env) {
    KafkaSource<Decoded<RuleEvent>> source =
        KafkaSource.<Decoded<RuleEvent>>builder()
            .setBootstrapServers(config.kafkaBootstrap())
            .setTopics(config.rulesTopic())
            .setGroupId(config.consumerGroup())
            .setClientIdPrefix(config.consumerGroup() + "-" + config.rulesTopic() + "-at-start")
            .setStartingOffsets(OffsetsInitializer.earliest())
            .setBounded(OffsetsInitializer.latest())
            .setDeserializer(
                decoding(JsonCodec.RULE_EVENT, RuleEvent::timestamp, ModelTypes.RULE_EVENT))
            // The live rules source commits this group's offsets of the topic; two committers would
            // fight.
            .setProperty("commit.offsets.on.checkpoint", "false")
            .setProperties(signIn())
            .build();
    // One reader: the rules topic is small, and the catch-up marker must follow all of its records.
    return env.fromSource(
            source,
            EventTimeWatermarks.<Decoded<RuleEvent>>forRulesAtStart(),
            "Rules at Start Kafka Source")
        .setParallelism(1)
        .uid(Uids.RULES_AT_START_SOURCE);
  }

  @Override
  public void writePrices(DataStream<PriceAggregate> prices) throws Exception {
    prices
        .sinkTo(
            sink(
                new JsonRecordSerializer<>(
                    config.aggregatesTopic(), JsonCodec.PRICE_AGGREGATE, AggregateKeys::price)))
        .uid(Uids.PRICE_AGGREGATES_KAFKA_SINK)
        .name("Price Aggregates Kafka Sink");
    CassandraSinks.prices(prices, config);
  }

  @Override
  public void writeSentiments(DataStream<SentimentAggregate> sentiments) throws Exception {
    sentiments
        .sinkTo(
            sink(
                new JsonRecordSerializer<>(
                    config.aggregatesTopic(),
                    JsonCodec.SENTIMENT_AGGREGATE,
                    AggregateKeys::sentiment)))
        .uid(Uids.SENTIMENT_AGGREGATES_KAFKA_SINK)
        .name("Sentiment Aggregates Kafka Sink");
    CassandraSinks.sentiments(sentiments, config);
  }

  @Override
  public void writeDeadLetters(DataStream<DeadLetter> deadLetters) {
    // Exactly once, like trades: a restart would otherwise write again every dead letter since the
    // last
    // checkpoint, and a reader could not tell a repeat from a second bad record at the same
    // position.
    deadLetters
        .sinkTo(
            KafkaSinks.exactlyOnce(
                config,
                new JsonRecordSerializer<>(
                    config.deadLettersTopic(), JsonCodec.DEAD_LETTER, DeadLetter::position),
                deadLettersTransactionalIdPrefix(config)))
        .uid(Uids.DEAD_LETTERS_KAFKA_SINK)
        .name("Dead Letters Kafka Sink (exactly once)");
  }

  @Override
  public void writeTrades(DataStream<Trade> trades) throws Exception {
    TradeSinks.trades(trades, config);
  }

  @Override
  public void writePositions(DataStream<Position> positions) throws Exception {
    TradeSinks.positions(positions, config);
  }

  @Override
  public void writeEquity(DataStream<EquityPoint> equity) throws Exception {
    TradeSinks.equity(equity, config);
  }

  @Override
  public void writeAlerts(DataStream<Alert> alerts) throws Exception {
    AlertSinks.alerts(alerts, config);
  }

  /**
   * Order commands from the web UI, from the group's committed offsets; timestamp {@code
   * Long.MAX_VALUE} like the rules, so this sparse input never holds back event time. Subscribed by
   * pattern: a stack or test without the topic reads nothing instead of failing the job.
   */
  @Override
  public DataStream<Decoded<OrderCommand>> orderCommands(StreamExecutionEnvironment env) {
    return fromWebUi(
        env,
        Topics.ORDER_COMMANDS,
        decoding(JsonCodec.ORDER_COMMAND, OrderCommand::requestedAt, TradingTypes.ORDER_COMMAND),
        "Order Commands Kafka Source",
        Uids.ORDER_COMMANDS_SOURCE);
  }

  /**
   * Account settings from the web UI, read like the order commands: from the group's committed
   * offsets (a new group reads the compacted topic from its start: each user's latest setting),
   * timestamp {@code Long.MAX_VALUE}, by pattern.
   */
  @Override
  public DataStream<Decoded<AccountSettings>> accountSettings(StreamExecutionEnvironment env) {
    return fromWebUi(
        env,
        Topics.ACCOUNTS,
        decoding(
            JsonCodec.ACCOUNT_SETTINGS, AccountSettings::updatedAt, TradingTypes.ACCOUNT_SETTINGS),
        "Accounts Kafka Source",
        Uids.ACCOUNTS_SOURCE);
  }

  /** A sparse input the web UI writes, or null in a bounded run. */
  private <T> DataStream<Decoded<T>> fromWebUi(
      StreamExecutionEnvironment env,
      String topic,
      DecodingDeserializer<T> deserializer,
      String name,
      String uid) {
    // A bounded run (tests, one-off replays) takes no web UI input: a bounded Kafka source whose
    // pattern finds no topic never ends (its enumerator waits for partitions), and holds the job.
    if (config.bounded()) return null;
    KafkaSource<Decoded<T>> source =
        KafkaSource.<Decoded<T>>builder()
            .setBootstrapServers(config.kafkaBootstrap())
            .setTopicPattern(Pattern.compile(Pattern.quote(topic)))
            .setGroupId(config.consumerGroup())
            .setClientIdPrefix(config.consumerGroup() + "-" + topic)
            .setStartingOffsets(committedOrEarliest())
            .setDeserializer(deserializer)
            .setProperty("commit.offsets.on.checkpoint", "true")
            // A topic created after the job started is found within a minute.
            .setProperty("partition.discovery.interval.ms", "60000")
            .setProperties(signIn())
            .build();
    return env.fromSource(source, EventTimeWatermarks.<Decoded<T>>forRules(), name).uid(uid);
  }

  @Override
  public void writeOpenOrders(DataStream<OpenOrder> changes) throws Exception {
    TradeSinks.openOrders(changes, config);
  }

  /** Events with event-time watermarks, from the group's committed offsets (earliest at first). */
  private <T> DataStream<Decoded<T>> events(
      StreamExecutionEnvironment env,
      String topic,
      DecodingDeserializer<T> deserializer,
      String name,
      String uid) {
    KafkaSource<Decoded<T>> source = source(topic, committedOrEarliest(), deserializer);
    return env.fromSource(source, eventWatermarks(), name).uid(uid);
  }

  private static <T> DecodingDeserializer<T> decoding(
      JsonCodec<T> codec, EventTimeOf<T> eventTime, TypeInformation<T> type) {
    return new DecodingDeserializer<>(codec, eventTime, ModelTypes.decoded(type));
  }

  private <T> KafkaSource<Decoded<T>> source(
      String topic, OffsetsInitializer start, DecodingDeserializer<T> deserializer) {
    var builder =
        KafkaSource.<Decoded<T>>builder()
            .setBootstrapServers(config.kafkaBootstrap())
            .setTopics(topic)
            .setGroupId(config.consumerGroup())
            // One client id per source: a shared one clashes in JMX.
            .setClientIdPrefix(config.consumerGroup() + "-" + topic)
            .setStartingOffsets(start)
            .setDeserializer(deserializer)
            // Offsets are committed on checkpoints, for monitoring lag; state holds the truth.
            .setProperty("commit.offsets.on.checkpoint", "true")
            .setProperties(signIn());
    if (config.bounded()) builder.setBounded(OffsetsInitializer.latest());
    return builder.build();
  }

  private <T> KafkaSink<T> sink(JsonRecordSerializer<T> serializer) {
    return KafkaSinks.atLeastOnce(config, serializer);
  }

  /** SASL settings on a secured stack, else none. */
  private Properties signIn() {
    return Credentials.addKafkaSignIn(new Properties(), config.credentials());
  }

  /**
   * The trades sink's prefix with a suffix: each exactly-once sink needs transactional ids of its
   * own.
   */
  static String deadLettersTransactionalIdPrefix(JobConfig config) {
    return config.rules().transactionalIdPrefix() + "-dead-letters";
  }

  private <T> WatermarkStrategy<Decoded<T>> eventWatermarks() {
    return EventTimeWatermarks.forEvents(
        config.outOfOrderness(), config.idleness(), EventTimeLimit.of(config.maxAhead()));
  }

  private static OffsetsInitializer committedOrEarliest() {
    return OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
  }
}
