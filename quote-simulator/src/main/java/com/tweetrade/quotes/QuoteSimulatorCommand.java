package com.tweetrade.quotes;

import com.tweetrade.model.Topics;
import com.tweetrade.model.settings.KafkaOption;
import com.tweetrade.model.settings.Settings;
import com.tweetrade.model.tickers.TickerDirectory;
import com.tweetrade.quotes.live.FeedProtocol;
import com.tweetrade.quotes.live.LiveFeedSource;
import com.tweetrade.quotes.live.alpaca.AlpacaProtocol;
import com.tweetrade.quotes.live.finnhub.FinnhubProtocol;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bin/tweetrade simulate-quotes}: produces simulated quotes for every known ticker, or live
 * quotes from Finnhub or Alpaca's IEX feed ({@code --source}), to the quotes topic.
 *
 * <p>Configuration comes from flags, then environment variables ({@code
 * TWEETRADE_KAFKA_BOOTSTRAP}), then {@code conf/tweetrade.properties} (model's {@link Settings}),
 * then defaults; {@code --help} lists them. The module README explains the price model, the clocks
 * and the scenario syntax.
 */
@Command(
    name = "simulate-quotes",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Produces simulated or live stock quotes to Kafka: simulated (GBM with jumps, bid/ask,"
          + " scripted scenarios),",
      "or live trades from Finnhub or Alpaca's free IEX feed (--source).",
      "Key: ticker; record timestamp: event time; value: Quote JSON (see"
          + " quote-simulator/README.md)."
    },
    footer = {
      "",
      "Scenario syntax: <TICKER> <+|-><percent>%% [over <duration>] at +<duration>,",
      "  e.g. 'TSLA -5%% over 60s at +30s'; durations 500ms, 30s, 5m, 1h, from the first quote.",
      "",
      "Live feeds (credentials from the environment only, never printed):",
      "  finnhub: "
          + FinnhubProtocol.TOKEN_ENV
          + "; free plan ~"
          + FinnhubProtocol.SYMBOL_CAP
          + " symbols.",
      "           Trades only: bid = ask = trade price.",
      "  alpaca:  "
          + AlpacaProtocol.KEY_ENV
          + " and "
          + AlpacaProtocol.SECRET_ENV
          + " (Alpaca's names;",
      "           "
          + AlpacaProtocol.KEY_ENV_ALIAS
          + " and "
          + AlpacaProtocol.SECRET_ENV_ALIAS
          + " also read);",
      "           free plan "
          + AlpacaProtocol.SYMBOL_CAP
          + " symbols, one connection; bid/ask from IEX quotes.",
      "  More --tickers than the cap: refused (exit 2). More rule tickers: the",
      "  first ones alphabetically, with a warning.",
      "  Simulator-only flags (--seed, --rate, --rate-factor, --clock, --start,",
      "  --scenario, --scenario-file, --threads) are refused with a live source."
    })
public final class QuoteSimulatorCommand implements Callable<Integer> {
  /** 09:30 New York on the first trading day of 2014, where the recorded tweets begin. */
  static final Instant DEFAULT_HISTORICAL_START = Instant.parse("2014-01-02T14:30:00Z");

  /** Which clock stamps the quotes. */
  enum ClockMode {
    realtime,
    historical
  }

  /** Where quotes come from. */
  enum Source {
    simulated,
    finnhub,
    alpaca
  }

  /** How long a Ctrl-C lets a live feed stop before the producer is closed under it. */
  private static final int LIVE_STOP_WAIT_SECONDS = 2;

  @Spec CommandSpec spec;

  @Option(
      names = "--source",
      defaultValue = "simulated",
      description = "simulated (default), finnhub or alpaca (live trades; see below).")
  Source source;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description =
          "(finnhub, alpaca) the feed's WebSocket address, ws:// or wss:// (default: "
              + FinnhubProtocol.DEFAULT_ENDPOINT
              + ", "
              + AlpacaProtocol.DEFAULT_ENDPOINT
              + ").")
  String endpoint;

  @Option(
      names = "--rules-topic",
      defaultValue = Topics.RULES,
      description =
          "(finnhub, alpaca) without --tickers, quote the tickers active rules on this topic read"
              + " (default: ${DEFAULT-VALUE}).")
  String rulesTopic;

  @Option(
      names = "--dead-letter-topic",
      defaultValue = Topics.DEAD_LETTERS,
      description =
          "(finnhub, alpaca) topic for feed messages that cannot be used (default:"
              + " ${DEFAULT-VALUE}).")
  String deadLetterTopic;

  @Mixin KafkaOption kafka = new KafkaOption();

  @Option(
      names = "--topic",
      defaultValue = Topics.QUOTES,
      description = "Topic to write to (default: ${DEFAULT-VALUE}).")
  String topic;

  @Option(
      names = "--tickers",
      paramLabel = "FILE|LIST",
      description = {
        "Tickers to quote: a file (NASDAQ Trader '|' format, or one symbol per line), 'stocknet'"
            + " (the 88 tickers of the recorded tweets), or a comma-separated list of known"
            + " symbols.",
        "Default: all NASDAQ-listed securities plus the StockNet tickers (~3,200); with a live"
            + " --source, the tickers active rules read (at most the feed's free-plan cap, see"
            + " below)."
      })
  String tickers;

  @Option(
      names = "--seed",
      description =
          "Random seed; the same seed, tickers and rate give the same prices. Default: random"
              + " (printed).")
  Long seed;

  @Option(
      names = "--count",
      paramLabel = "N",
      defaultValue = "-1",
      description = "Stop after N quotes (default: run until stopped).")
  long count;

  @Option(
      names = "--rate-factor",
      paramLabel = "F",
      description =
          "Quote every ticker F times per second (default 1). In historical mode, caps the sending"
              + " rate instead.")
  Double rateFactor;

  @Option(
      names = "--rate",
      paramLabel = "QUOTES_PER_S",
      description = "Total quotes per second over all tickers; overrides --rate-factor.")
  Double rate;

  @Option(
      names = "--clock",
      defaultValue = "realtime",
      description = {
        "realtime: event time = now, paced to the rate (default).",
        "historical: event time runs from --start, each ticker's quotes 1 s apart, as fast as"
            + " possible."
      })
  ClockMode clock;

  @Option(
      names = "--start",
      paramLabel = "INSTANT",
      description =
          "First event time in historical mode, ISO-8601 (default: " + "2014-01-02T14:30:00Z).")
  String start;

  @Option(
      names = "--scenario",
      paramLabel = "SCRIPT",
      description = "A scripted move, e.g. 'TSLA -5%% over 60s at +30s'. Repeatable.")
  List<String> scenarios = new ArrayList<>();

  @Option(
      names = "--scenario-file",
      paramLabel = "FILE",
      description = "File of scenarios, one per line, # comments.")
  Path scenarioFile;

  @Option(
      names = "--threads",
      defaultValue = "1",
      description =
          "Producing threads, each quoting its share of the tickers with its own random stream"
              + " (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--progress-seconds",
      defaultValue = "5",
      description = "Seconds between progress lines on stderr (default: ${DEFAULT-VALUE}).")
  int progressSeconds;

  @Option(
      names = {"-X", "--producer-property"},
      paramLabel = "KEY=VALUE",
      description = "Kafka producer setting overriding ours (e.g. -X acks=1). Repeatable.")
  Map<String, String> producerProperties = new LinkedHashMap<>();

  private final Map<String, String> env;
  private final Settings settings;
  private final Function<Properties, QuoteSink> sinkFactory;
  private final Clock wallClock;
  private final NanoClock nanoClock;
  private final PrintStream err;

  /** Built with the live feed, closed and reported on after its run. */
  private QuoteSink liveSink;

  private ProgressReporter liveProgress;

  public QuoteSimulatorCommand() {
    this(System.getenv(), null, Clock.systemUTC(), NanoClock.SYSTEM, System.err);
  }

  /** For tests: swap the environment, the sink (null = Kafka), the clocks and stderr. */
  QuoteSimulatorCommand(
      Map<String, String> env,
      Function<Properties, QuoteSink> sinkFactory,
      Clock wallClock,
      NanoClock nanoClock,
      PrintStream err) {
    this(Settings.load(env), sinkFactory, wallClock, nanoClock, err);
  }

  /** For tests: the shared settings (environment and settings file) given. */
  QuoteSimulatorCommand(
      Settings settings,
      Function<Properties, QuoteSink> sinkFactory,
      Clock wallClock,
      NanoClock nanoClock,
      PrintStream err) {
    this.settings = settings;
    this.env = settings.env();
    this.sinkFactory = sinkFactory;
    this.wallClock = wallClock;
    this.nanoClock = nanoClock;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new QuoteSimulatorCommand()).execute(args));
  }

  @Override
  public Integer call() {
    if (source != Source.simulated) return runLive();
    if (endpoint != null)
      throw new ParameterException(
          spec.commandLine(), "--endpoint needs --source finnhub or alpaca");
    Producer producer = buildProducer();
    Thread hook = new Thread(() -> closeQuietly(producer), "quote-simulator-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      producer.run();
    } finally {
      producer.close();
      removeHook(hook);
    }
    return 0;
  }

  /** Everything the run needs, built from the options. */
  Producer buildProducer() {
    List<String> symbols = new ArrayList<>(tickerDirectory().symbols());
    List<Scenario> scripted = scenarios();
    for (Scenario s : scripted) {
      if (!symbols.contains(s.symbol())) {
        throw new ParameterException(
            spec.commandLine(),
            "scenario for " + s.symbol() + ", which is not among the quoted tickers");
      }
    }
    long actualSeed = seed != null ? seed : new SecureRandom().nextLong();
    int n = symbols.size();
    Double wallRate = wallRate(n);
    long intervalNanos;
    EventClock eventClock;
    if (clock == ClockMode.historical) {
      intervalNanos = 1_000_000_000L;
      eventClock = EventClock.historical(historicalStart());
    } else {
      if (start != null)
        throw new ParameterException(spec.commandLine(), "--start needs --clock historical");
      intervalNanos = Math.round(n / wallRate * 1e9);
      eventClock = EventClock.realtime(wallClock);
    }
    if (threads < 1 || threads > n)
      throw new ParameterException(spec.commandLine(), "--threads must be in 1.." + n);
    List<QuoteGenerator> generators = new ArrayList<>();
    List<Throttler> throttlers = wallRate == null ? null : new ArrayList<>();
    for (int shard = 0; shard < threads; shard++) {
      List<String> mine = new ArrayList<>();
      for (int i = shard; i < n; i += threads) mine.add(symbols.get(i));
      long shardSeed = actualSeed + shard * 0x9E3779B97F4A7C15L;
      generators.add(
          new QuoteGenerator(
              TickerProfiles.forSymbols(mine), intervalNanos, scripted, eventClock, shardSeed));
      if (throttlers != null) throttlers.add(new Throttler(wallRate / threads, nanoClock));
    }
    String servers = bootstrap();
    err.printf(
        "quote-simulator: %d tickers, %d thread(s), %s clock, %s, seed %d (--seed %d repeats this"
            + " run), topic %s at %s%n",
        n,
        threads,
        clock,
        wallRate == null ? "unthrottled" : String.format("%.0f quotes/s", wallRate),
        actualSeed,
        actualSeed,
        topic,
        servers);
    Properties props = KafkaQuoteSink.producerConfig(servers, producerProperties);
    QuoteSink sink =
        sinkFactory != null ? sinkFactory.apply(props) : new KafkaQuoteSink(props, topic);
    ProgressReporter progress =
        new ProgressReporter(err, nanoClock, progressSeconds * 1_000_000_000L);
    return new Producer(generators, throttlers, sink, count, progress);
  }

  /** A live feed until stopped, --count quotes, or a refusal (exit 1). */
  private int runLive() {
    LiveFeedSource feed = buildLiveFeed();
    QuoteSink sink = liveSink;
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              feed.close();
              try {
                // a feed blocked in a send to a broker that is gone is released by closing the sink
                // (bounded)
                if (!finished.await(LIVE_STOP_WAIT_SECONDS, TimeUnit.SECONDS)) closeQuietly(sink);
                finished.await(KafkaQuoteSink.CLOSE_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "quote-feed-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    boolean delivered;
    try {
      feed.run();
    } finally {
      delivered = closeQuietly(sink);
      liveProgress.finished(feed.sent(), feed.lastEventTime());
      finished.countDown();
      removeHook(hook);
    }
    if (feed.fatal() != null) {
      err.println("quote-simulator: " + feed.fatal());
      return 1;
    }
    return delivered ? 0 : 1;
  }

  /** The live feed the options describe; its sink and progress are kept for the run. */
  LiveFeedSource buildLiveFeed() {
    List<String> simulatorOnly = new ArrayList<>();
    if (seed != null) simulatorOnly.add("--seed");
    if (rate != null) simulatorOnly.add("--rate");
    if (rateFactor != null) simulatorOnly.add("--rate-factor");
    if (clock != ClockMode.realtime) simulatorOnly.add("--clock");
    if (start != null) simulatorOnly.add("--start");
    if (!scenarios.isEmpty()) simulatorOnly.add("--scenario");
    if (scenarioFile != null) simulatorOnly.add("--scenario-file");
    if (threads != 1) simulatorOnly.add("--threads");
    if (!simulatorOnly.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          simulatorOnly + " apply to the simulator only, not to --source " + source);
    }
    FeedProtocol protocol;
    try {
      protocol =
          source == Source.finnhub
              ? FinnhubProtocol.fromEnvironment(env)
              : AlpacaProtocol.fromEnvironment(env);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    String url =
        endpoint != null
            ? endpoint
            : source == Source.finnhub
                ? FinnhubProtocol.DEFAULT_ENDPOINT
                : AlpacaProtocol.DEFAULT_ENDPOINT;
    if (!url.startsWith("ws://") && !url.startsWith("wss://")) {
      throw new ParameterException(
          spec.commandLine(), "--endpoint must be a ws:// or wss:// URL, was " + url);
    }
    Set<String> fixed = null;
    if (tickers != null && !tickers.isBlank()) {
      fixed = new TreeSet<>(tickerDirectory().symbols());
      if (fixed.size() > protocol.symbolCap()) {
        throw new ParameterException(
            spec.commandLine(),
            source
                + "'s free plan takes at most "
                + protocol.symbolCap()
                + " symbols per connection; --tickers names "
                + fixed.size()
                + ": give at most "
                + protocol.symbolCap());
      }
    }
    String servers = bootstrap();
    Properties props = KafkaQuoteSink.producerConfig(servers, producerProperties);
    liveSink =
        sinkFactory != null
            ? sinkFactory.apply(props)
            : new KafkaQuoteSink(props, topic, deadLetterTopic);
    liveProgress = new ProgressReporter(err, nanoClock, progressSeconds * 1_000_000_000L);
    err.printf(
        "quote-simulator: live quotes from %s (%s), %s, topic %s at %s%n",
        source,
        protocol.redact(url),
        fixed == null
            ? "tickers of active rules on " + rulesTopic + " (at most " + protocol.symbolCap() + ")"
            : fixed,
        topic,
        servers);
    LiveFeedSource.Settings settings =
        new LiveFeedSource.Settings(
            url,
            fixed,
            count,
            LiveFeedSource.Settings.IDLE_TIMEOUT,
            LiveFeedSource.Settings.BACKOFF_STEP,
            LiveFeedSource.Settings.BACKOFF_CAP);
    return new LiveFeedSource(
        protocol, settings, liveSink, servers, rulesTopic, liveProgress, wallClock);
  }

  /** Quotes per wall-clock second, or null for unthrottled (historical mode without a rate). */
  Double wallRate(int tickerCount) {
    Double r =
        rate != null ? rate : rateFactor != null ? Double.valueOf(rateFactor * tickerCount) : null;
    if (r != null && !(r > 0))
      throw new ParameterException(spec.commandLine(), "the rate must be > 0");
    if (r == null && clock == ClockMode.realtime) r = (double) tickerCount;
    return r;
  }

  TickerDirectory tickerDirectory() {
    if (tickers == null || tickers.isBlank()) return TickerDirectory.standard();
    if (tickers.equalsIgnoreCase("stocknet")) return TickerDirectory.stocknet();
    Path file = Path.of(tickers);
    try {
      if (Files.isRegularFile(file)) return TickerDirectory.load(file);
    } catch (IOException | IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "cannot read --tickers " + tickers + ": " + e.getMessage(), e);
    }
    List<String> listed =
        Arrays.stream(tickers.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    TickerDirectory known = TickerDirectory.standard();
    List<String> unknown = listed.stream().filter(s -> !known.contains(s)).toList();
    if (!unknown.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "unknown tickers "
              + unknown
              + " (not a file either; pass a file to use your own directory)");
    }
    return TickerDirectory.of(listed);
  }

  private List<Scenario> scenarios() {
    List<Scenario> all = new ArrayList<>();
    try {
      for (String s : scenarios) all.add(Scenario.parse(s));
      if (scenarioFile != null) all.addAll(Scenarios.load(scenarioFile));
    } catch (IOException | IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    return all;
  }

  private Instant historicalStart() {
    if (start == null) return DEFAULT_HISTORICAL_START;
    try {
      return Instant.parse(start);
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(), "--start must be an ISO-8601 instant like 2015-03-02T14:30:00Z", e);
    }
  }

  private String bootstrap() {
    return kafka.resolve(settings);
  }

  /**
   * A failure is told in one line (the sink already logged what it dropped); returns whether it
   * closed cleanly.
   */
  private boolean closeQuietly(AutoCloseable running) {
    try {
      running.close();
      return true;
    } catch (Exception e) {
      err.println("quote-simulator: " + e.getMessage());
      return false;
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is exiting and the hook is running or ran: nothing to undo.
    }
  }
}
