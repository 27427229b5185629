package com.tweetrade.job;

import com.tweetrade.job.analytics.CountDeadLettersFunction;
import com.tweetrade.job.analytics.Decoded;
import com.tweetrade.job.analytics.Descriptors;
import com.tweetrade.job.analytics.EventCheck;
import com.tweetrade.job.analytics.EventRouterFunction;
import com.tweetrade.job.analytics.EventTimeLimit;
import com.tweetrade.job.analytics.KeywordFanOutFunction;
import com.tweetrade.job.analytics.KeywordMention;
import com.tweetrade.job.analytics.LateEventFunction;
import com.tweetrade.job.analytics.ModelTypes;
import com.tweetrade.job.analytics.Pane;
import com.tweetrade.job.analytics.PaneAggregator;
import com.tweetrade.job.analytics.PaneWindowFunction;
import com.tweetrade.job.analytics.PaneWindows;
import com.tweetrade.job.analytics.PriceInputsFunction;
import com.tweetrade.job.analytics.PricePaneAggregator;
import com.tweetrade.job.analytics.PricePaneWindowFunction;
import com.tweetrade.job.analytics.PriceWindowsFunction;
import com.tweetrade.job.analytics.QuoteCheck;
import com.tweetrade.job.analytics.RuleEventCheck;
import com.tweetrade.job.analytics.ScoreTweetFunction;
import com.tweetrade.job.analytics.SentimentInputsFunction;
import com.tweetrade.job.analytics.SentimentPaneAggregator;
import com.tweetrade.job.analytics.SentimentPaneWindowFunction;
import com.tweetrade.job.analytics.SentimentWindowsFunction;
import com.tweetrade.job.analytics.TweetCheck;
import com.tweetrade.job.analytics.WithoutEventTimeOperator;
import com.tweetrade.job.config.JobConfig;
import com.tweetrade.job.config.JobOptions;
import com.tweetrade.job.config.LocalFlinkConfiguration;
import com.tweetrade.job.io.JobIo;
import com.tweetrade.job.io.KafkaCassandraIo;
import com.tweetrade.job.rules.InputFreshness;
import com.tweetrade.job.rules.InputUpdate;
import com.tweetrade.job.rules.RulesCatchUpOperator;
import com.tweetrade.job.rules.RulesDescriptors;
import com.tweetrade.job.rules.RulesJoin;
import com.tweetrade.job.rules.RulesOutputs;
import com.tweetrade.job.rules.RulesPipeline;
import com.tweetrade.job.rules.RulesStart;
import com.tweetrade.job.rules.RulesTypes;
import com.tweetrade.job.trading.AccountSettingsCheck;
import com.tweetrade.job.trading.CancelRequests;
import com.tweetrade.job.trading.TradingTypes;
import com.tweetrade.model.AccountSettings;
import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.OrderCommand;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.Quote;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.Tweet;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.tickers.TickerDirectory;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.util.OutputTag;

/**
 * TweeTrade's Flink job: per-ticker price statistics and per-keyword tweet sentiment over 1, 5 and
 * 15 minutes of event time, refreshed every pane, to Cassandra and Kafka; users' rules evaluated on
 * them ({@code RulesPipeline}), firing paper trades and alerts written exactly once. Malformed and
 * late input goes to the dead-letter topic; no input can fail the job.
 *
 * <p>Flags (environment, then defaults, in {@link JobConfig#defaults()}): {@code --kafka HOST:PORT}
 * (TWEETRADE_KAFKA_BOOTSTRAP, 127.0.0.1:9092), {@code --cql HOST:PORT} (TWEETRADE_CQL,
 * 127.0.0.1:9042), {@code --keyspace} (tweetdb), {@code --quotes-topic}, {@code --tweets-topic},
 * {@code --rules-topic}, {@code --aggregates-topic}, {@code --dead-letters-topic} (names from
 * {@code Topics}), {@code --group} (tweetrade-flink-job), {@code --out-of-orderness} (5s), {@code
 * --idleness} (30s), {@code --pane} (10s), {@code --bounded} (read inputs to their end, then
 * finish), {@code --local} (MiniCluster with the Web UI, configured from {@code flink-conf/}),
 * {@code --from-savepoint PATH} (restore the local run), {@code --trades-topic}, {@code
 * --positions-topic}, {@code --transactional-id-prefix} (tweetrade-trades), {@code --max-position}
 * (10000 shares), {@code --max-orders-per-minute} (10), {@code --starting-capital} (100000
 * dollars), {@code --short-selling} (off), {@code --alerts-topic} (alerts), {@code --help}.
 *
 * <p>Checkpointing, state backend and restarts come from Flink's configuration, not from here. The
 * trades sink is transactional: trades become visible to read_committed readers at checkpoints.
 */
public final class TweeTradeJob {
  private final JobSettings settings;
  private final JobIo io;

  public TweeTradeJob(JobConfig config, JobIo io) {
    this(JobSettings.of(config), io);
  }

  /** The job with other settings than the flags give, e.g. a backtest's day panes. */
  public TweeTradeJob(JobSettings settings, JobIo io) {
    this.settings = settings;
    this.io = io;
  }

  public static void main(String[] args) throws Exception {
    if (JobOptions.printedHelp(args, System.out)) return;
    JobConfig config = JobConfig.parse(args, System.getenv());
    if (config.local()) {
      try (LocalRun run =
          LocalRun.start(
              config, LocalFlinkConfiguration.load(System.getenv(), config.fromSavepoint()))) {
        System.exit(run.awaitEnd(LocalRun.LINGER));
      }
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    new TweeTradeJob(config, new KafkaCassandraIo(config)).attach(env);
    env.execute("TweeTrade");
  }

  /** Adds the whole job, IO included, to {@code env}; returns its outputs for further operators. */
  public JobOutputs attach(StreamExecutionEnvironment env) throws Exception {
    Inputs inputs =
        route(io.quotes(env), io.tweets(env), io.rulesAtStart(env), io.rules(env), settings);
    DataStream<Decoded<OrderCommand>> commands = io.orderCommands(env);
    if (commands != null) {
      inputs =
          inputs.withCancelRequests(
              commands
                  .flatMap(new CancelRequests(), TradingTypes.ORDER)
                  .uid(Uids.ROUTE_ORDER_COMMANDS)
                  .name("Route Order Commands"));
    }
    DataStream<Decoded<AccountSettings>> accounts = io.accountSettings(env);
    if (accounts != null) {
      var checked =
          route(
              accounts,
              "accounts",
              JsonCodec.ACCOUNT_SETTINGS,
              new AccountSettingsCheck(),
              null,
              TradingTypes.ACCOUNT_SETTINGS,
              Uids.ROUTE_ACCOUNTS,
              "Route Account Settings");
      inputs = inputs.withAccountSettings(checked, checked.getSideOutput(Descriptors.DEAD_LETTERS));
    }
    JobOutputs outputs = build(inputs, settings);
    io.writePrices(outputs.prices());
    io.writeSentiments(outputs.sentiments());
    io.writeTrades(outputs.trades());
    io.writePositions(outputs.positions());
    io.writeEquity(outputs.equity());
    io.writeAlerts(outputs.alerts());
    io.writeOpenOrders(outputs.openOrders());
    io.writeDeadLetters(
        outputs
            .deadLetters()
            .map(new CountDeadLettersFunction())
            .uid(Uids.COUNT_DEAD_LETTERS)
            .name("Count Dead Letters"));
    return outputs;
  }

  /**
   * The whole job without IO: analytics, rules and paper trading on routed inputs. The one wiring
   * entry point: {@link #attach}, the job tests and the benchmarks all build the job through it.
   */
  public static JobOutputs build(Inputs inputs, JobSettings settings) {
    Analytics analytics = build(inputs, settings.panes(), settings.tickers());
    RulesOutputs rules = rules(analytics.ruleInputs(), inputs, settings);
    DataStream<DeadLetter> dead = analytics.lateEvents().union(rules.deadLetters());
    if (inputs.deadLetters() != null) dead = inputs.deadLetters().union(dead);
    return new JobOutputs(
        analytics.prices(),
        analytics.sentiments(),
        rules.trades(),
        rules.positions(),
        rules.equity(),
        dead,
        rules.alerts(),
        rules.openOrders());
  }

  /**
   * The rules, market price and paper trading on rule inputs: what {@link #build(Inputs,
   * JobSettings)} runs after the analytics, and a backtest over recorded history runs on the pane
   * closes it rebuilds from the stored windows.
   */
  public static RulesOutputs rules(
      DataStream<InputUpdate> ruleInputs, Inputs inputs, JobSettings settings) {
    return RulesPipeline.build(
        ruleInputs,
        inputs.quotes(),
        inputs.rules(),
        settings.limits(),
        new InputFreshness(settings.pane().toMillis(), settings.priceStaleness().toMillis()),
        settings.tickers(),
        settings.windows(),
        settings.replay(),
        inputs.rulesStart(),
        inputs.cancelRequests(),
        inputs.accountSettings());
  }

  /**
   * Like {@link #route(DataStream, DataStream, DataStream, JobSettings)}, and merges the live rules
   * with their read at job start ({@link RulesCatchUpOperator}): the rules then say when they are
   * all in.
   */
  public static Inputs route(
      DataStream<Decoded<Quote>> quotes,
      DataStream<Decoded<Tweet>> tweets,
      DataStream<Decoded<RuleEvent>> rulesAtStart,
      DataStream<Decoded<RuleEvent>> rules,
      JobSettings settings) {
    Inputs live = route(quotes, tweets, rules, settings);
    // Its dead letters are left out: the live read reports the same records.
    DataStream<RuleEvent> atStart =
        route(
                rulesAtStart,
                "rules",
                JsonCodec.RULE_EVENT,
                new RuleEventCheck(),
                null,
                ModelTypes.RULE_EVENT,
                Uids.ROUTE_RULES_AT_START,
                "Route Rules at Start")
            .setParallelism(1);
    DataStream<RuleEvent> caughtUp =
        atStart
            .connect(live.rules())
            .transform("Rules Catch-Up", ModelTypes.RULE_EVENT, new RulesCatchUpOperator())
            .setParallelism(1)
            .uid(Uids.RULES_CATCH_UP);
    return new Inputs(
        live.quotes(), live.tweets(), caughtUp, live.deadLetters(), RulesStart.AFTER_CATCH_UP);
  }

  /**
   * Splits decoded input into usable events and dead letters (malformed, invalid, future-dated,
   * late).
   */
  public static Inputs route(
      DataStream<Decoded<Quote>> quotes,
      DataStream<Decoded<Tweet>> tweets,
      DataStream<Decoded<RuleEvent>> rules,
      JobSettings settings) {
    var q =
        route(
            quotes,
            "quotes",
            JsonCodec.QUOTE,
            new QuoteCheck(settings.tickers()),
            settings.eventTimeLimit(),
            ModelTypes.QUOTE,
            Uids.ROUTE_QUOTES,
            "Route Quotes");
    var t =
        route(
            tweets,
            "tweets",
            JsonCodec.TWEET,
            new TweetCheck(),
            settings.eventTimeLimit(),
            ModelTypes.TWEET,
            Uids.ROUTE_TWEETS,
            "Route Tweets");
    var r =
        route(
            rules,
            "rules",
            JsonCodec.RULE_EVENT,
            new RuleEventCheck(),
            null,
            ModelTypes.RULE_EVENT,
            Uids.ROUTE_RULES,
            "Route Rules");
    DataStream<DeadLetter> dead =
        q.getSideOutput(Descriptors.DEAD_LETTERS)
            .union(
                q.getSideOutput(Descriptors.LATE_EVENTS), t.getSideOutput(Descriptors.DEAD_LETTERS),
                t.getSideOutput(Descriptors.LATE_EVENTS),
                    r.getSideOutput(Descriptors.DEAD_LETTERS));
    return new Inputs(q, t, r, dead, RulesStart.IMMEDIATE);
  }

  /** The analytics of routed inputs, no IO. */
  public static Analytics build(Inputs inputs, PaneWindows panes, TickerDirectory tickers) {
    return build(
        inputs.quotes(), inputs.tweets(), inputs.rules(), panes, tickers, inputs.rulesStart());
  }

  /**
   * The analytics, no IO, using tweets at once. Inputs carry event time; rules must not hold it
   * back.
   */
  public static Analytics build(
      DataStream<Quote> quotes,
      DataStream<Tweet> tweets,
      DataStream<RuleEvent> rules,
      PaneWindows panes,
      TickerDirectory tickers) {
    return build(quotes, tweets, rules, panes, tickers, RulesStart.IMMEDIATE);
  }

  /**
   * The analytics, no IO; with {@link RulesStart#AFTER_CATCH_UP} the keyword fan-out waits for the
   * rules.
   */
  public static Analytics build(
      DataStream<Quote> quotes,
      DataStream<Tweet> tweets,
      DataStream<RuleEvent> rules,
      PaneWindows panes,
      TickerDirectory tickers,
      RulesStart rulesStart) {
    Duration pane = Duration.ofMillis(panes.paneMillis());
    var pricePanes =
        panes(
            quotes.keyBy(Quote::ticker),
            pane,
            Descriptors.LATE_QUOTES,
            new PricePaneAggregator(),
            new PricePaneWindowFunction(),
            Uids.PRICE_PANES,
            "Price Panes");
    DataStream<PriceAggregate> prices =
        pricePanes
            .keyBy(p -> p.ticker())
            .process(new PriceWindowsFunction(panes.fineOnly()), ModelTypes.PRICE_AGGREGATE)
            .uid(Uids.PRICE_WINDOWS)
            .name("Price Windows 1m/5m/15m");

    // The rule inputs emit only what some rule reads (RuleInputFilter): they keep the rules too,
    // without
    // taking event time from them. The uids and keyed states of the rule inputs are those of before
    // they
    // had this second input, so savepoints restore (RULES-ENGINE.md, "What leaves the rule
    // inputs").
    DataStream<RuleEvent> inputRules =
        rules
            .transform(
                "Rules for Rule Inputs",
                ModelTypes.RULE_EVENT,
                new WithoutEventTimeOperator<RuleEvent>())
            .setParallelism(rules.getParallelism())
            .uid(Uids.RULES_FOR_RULE_INPUTS);
    DataStream<InputUpdate> priceInputs =
        quotes
            .keyBy(Quote::ticker)
            .connect(inputRules.broadcast(RulesDescriptors.RULES))
            .process(new PriceInputsFunction(panes, tickers, rulesStart), RulesTypes.INPUT_UPDATE)
            .uid(Uids.PRICE_INPUTS)
            .name("Price Rule Inputs")
            .setBufferTimeout(RulesPipeline.DECISION_BUFFER_TIMEOUT_MS);

    var scored =
        tweets
            .map(new ScoreTweetFunction(), ModelTypes.SCORED_TWEET)
            .uid(Uids.SCORE_TWEETS)
            .name("Score Tweets")
            .setBufferTimeout(RulesPipeline.DECISION_BUFFER_TIMEOUT_MS);
    var mentions =
        RulesJoin.of(
                scored,
                rules,
                new KeywordFanOutFunction(tickers, panes.windowSet()),
                Descriptors.TRACKED_RULES,
                ModelTypes.KEYWORD_MENTION,
                rulesStart,
                "Fan Out to Keywords")
            .uid(Uids.KEYWORD_FAN_OUT)
            .setBufferTimeout(RulesPipeline.DECISION_BUFFER_TIMEOUT_MS);
    DataStream<InputUpdate> sentimentInputs =
        mentions
            .keyBy(KeywordMention::keyword)
            .connect(inputRules.broadcast(RulesDescriptors.RULES))
            .process(
                new SentimentInputsFunction(panes, tickers, rulesStart), RulesTypes.INPUT_UPDATE)
            .uid(Uids.SENTIMENT_INPUTS)
            .name("Sentiment Rule Inputs")
            .setBufferTimeout(RulesPipeline.DECISION_BUFFER_TIMEOUT_MS);
    var sentimentPanes =
        panes(
            mentions.keyBy(m -> m.keyword()),
            pane,
            Descriptors.LATE_MENTIONS,
            new SentimentPaneAggregator(),
            new SentimentPaneWindowFunction(),
            Uids.SENTIMENT_PANES,
            "Sentiment Panes");
    DataStream<SentimentAggregate> sentiments =
        sentimentPanes
            .keyBy(p -> p.keyword())
            .process(new SentimentWindowsFunction(panes.fineOnly()), ModelTypes.SENTIMENT_AGGREGATE)
            .uid(Uids.SENTIMENT_WINDOWS)
            .name("Sentiment Windows 1m/5m/15m");
    DataStream<DeadLetter> late =
        pricePanes
            .getSideOutput(Descriptors.LATE_QUOTES)
            .process(new LateEventFunction<Quote>("flink-job/quotes"))
            .uid(Uids.LATE_QUOTES)
            .name("Late Quotes")
            .union(
                sentimentPanes
                    .getSideOutput(Descriptors.LATE_MENTIONS)
                    .process(new LateEventFunction<KeywordMention>("flink-job/tweets"))
                    .uid(Uids.LATE_MENTIONS)
                    .name("Late Mentions"));
    return new Analytics(prices, sentiments, late, priceInputs.union(sentimentInputs));
  }

  /** The panes of each key's events, the events of closed panes on the {@code late} side output. */
  private static <E, S, P extends Pane<S>> SingleOutputStreamOperator<P> panes(
      KeyedStream<E, String> events,
      Duration pane,
      OutputTag<E> late,
      PaneAggregator<E, S> aggregator,
      PaneWindowFunction<S, P> label,
      String uid,
      String name) {
    return events
        .window(TumblingEventTimeWindows.of(pane))
        .sideOutputLateData(late)
        .aggregate(aggregator, label)
        .uid(uid)
        .name(name)
        .setDescription(name + " (10 s tumbling)");
  }

  private static <T> SingleOutputStreamOperator<T> route(
      DataStream<Decoded<T>> in,
      String what,
      JsonCodec<T> codec,
      EventCheck<T> check,
      EventTimeLimit eventTimeLimit,
      TypeInformation<T> type,
      String uid,
      String name) {
    return in.process(
            new EventRouterFunction<>(
                "flink-job/" + what, codec, check, eventTimeLimit, what + "PerSecond"),
            type)
        .uid(uid)
        .name(name)
        .setBufferTimeout(RulesPipeline.DECISION_BUFFER_TIMEOUT_MS);
  }
}
