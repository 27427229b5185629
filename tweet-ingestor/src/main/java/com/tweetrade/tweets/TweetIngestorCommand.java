package com.tweetrade.tweets;

import com.tweetrade.model.Topics;
import com.tweetrade.model.settings.KafkaOption;
import com.tweetrade.model.settings.Settings;
import com.tweetrade.tweets.live.Backoff;
import com.tweetrade.tweets.live.LiveSource;
import com.tweetrade.tweets.live.RulesWatcher;
import com.tweetrade.tweets.live.TwitterCredentials;
import com.tweetrade.tweets.live.bluesky.BlueskySource;
import com.tweetrade.tweets.live.bluesky.JetstreamUrl;
import com.tweetrade.tweets.live.bluesky.ResumePoint;
import com.tweetrade.tweets.replay.RecordingInput;
import com.tweetrade.tweets.replay.ReplayClock;
import com.tweetrade.tweets.replay.ReplaySource;
import com.tweetrade.tweets.replay.Speed;
import com.tweetrade.tweets.synthetic.SyntheticSource;
import com.tweetrade.tweets.synthetic.SyntheticTweets;
import com.tweetrade.tweets.synthetic.Throttler;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import twitter4j.conf.ConfigurationBuilder;

/**
 * {@code bin/tweetrade ingest-tweets}: produces tweets into Kafka from a replay (default), live
 * Bluesky posts (Jetstream), the retired live Twitter v1.1 stream, or a generator.
 *
 * <p>Flags override environment variables ({@code TWEETRADE_KAFKA_BOOTSTRAP}), which override
 * {@code conf/tweetrade.properties} (model's {@link Settings}), which overrides defaults. Ctrl-C
 * stops the source, flushes what was handed to Kafka and prints the totals. Exit code 0 on success,
 * 1 when Kafka refused records or the live stream failed for good, 2 on bad flags.
 */
@Command(
    name = "ingest-tweets",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Produce tweets into Kafka (topic '"
          + Topics.TWEETS
          + "', keyed by tweet id, event time as record timestamp).",
      "Sources: replay of recorded Twitter v1.1 JSON lines (default: a bundled week of 750 StockNet"
          + " tweets),",
      "bluesky (live posts from a Jetstream endpoint, filtered on the terms of active rules plus"
          + " --track, or --all),",
      "live (twitter4j v1.1 filter stream; Twitter retired it in 2023, it answers 403), synthetic"
          + " (generated)."
    })
public final class TweetIngestorCommand implements Callable<Integer> {

  /** Which source to run. */
  public enum SourceKind {
    replay,
    bluesky,
    live,
    synthetic
  }

  @Option(
      names = "--source",
      defaultValue = "replay",
      description =
          "replay, bluesky, live (retired v1.1 stream) or synthetic (default: ${DEFAULT-VALUE})")
  SourceKind source;

  @Mixin KafkaOption kafka = new KafkaOption();

  /** The shared settings (environment, conf/tweetrade.properties); tests give their own. */
  Settings settings = Settings.load();

  @Option(
      names = "--topic",
      defaultValue = Topics.TWEETS,
      description = "topic for tweets (default: ${DEFAULT-VALUE})")
  String topic;

  @Option(
      names = "--dead-letter-topic",
      defaultValue = Topics.DEAD_LETTERS,
      description = "topic for bad input (default: ${DEFAULT-VALUE})")
  String deadLetterTopic;

  @Option(
      names = "--count",
      defaultValue = "0",
      description = "stop after sending this many tweets; 0 = no limit")
  long count;

  @Option(
      names = "--dedupe-capacity",
      defaultValue = "1000000",
      description =
          "distinct tweet ids remembered so none is sent twice (~24 bytes each; default:"
              + " ${DEFAULT-VALUE})")
  int dedupeCapacity;

  @Option(
      names = "--progress-seconds",
      defaultValue = "5",
      description = "seconds between progress lines on stderr; 0 = only the last")
  int progressSeconds;

  @Option(
      names = "--file",
      description = "(replay) JSON-lines recording, gzip or plain; default: the bundled sample")
  Path file;

  @Option(
      names = "--speed",
      defaultValue = "original",
      description = "(replay) original, <N>x (e.g. 20x) or max (default: ${DEFAULT-VALUE})")
  String speed;

  @Option(
      names = "--loop",
      description =
          "(replay) start over at the end; later passes move forward in time and get new ids")
  boolean loop;

  @Option(
      names = "--retime",
      description = "(replay) event times start now and follow the replay's pacing")
  boolean retime;

  @Option(
      names = "--track",
      split = ",",
      description =
          "(bluesky, live) terms to track besides those of active rules, e.g. tesla,$TSLA")
  List<String> track = List.of();

  @Option(
      names = "--rules-topic",
      defaultValue = Topics.RULES,
      description = "(bluesky, live) rules topic to follow (default: ${DEFAULT-VALUE})")
  String rulesTopic;

  @Option(names = "--ignore-rules", description = "(bluesky, live) track only --track terms")
  boolean ignoreRules;

  @Option(
      names = "--endpoint",
      defaultValue = JetstreamUrl.DEFAULT_ENDPOINT,
      description =
          "(bluesky) Jetstream subscribe URL, ws:// or wss:// (default: ${DEFAULT-VALUE})")
  String endpoint;

  @Option(
      names = "--lang",
      description =
          "(bluesky) send only posts in this language, e.g. en (repeatable; default: all)")
  List<String> langs = List.of();

  @Option(
      names = "--all",
      description =
          "(bluesky) send every post (of the --lang languages), not only those mentioning tracked"
              + " terms")
  boolean all;

  @Option(
      names = "--twitter-config",
      description =
          "(live) twitter4j.properties with oauth.* keys; default: TWITTER_* environment variables")
  Path twitterConfig;

  @Option(
      names = "--stream-base-url",
      description =
          "(live) streaming API base URL (default: the properties file's streamBaseURL, else"
              + " Twitter's)")
  String streamBaseUrl;

  @Option(
      names = "--tickers",
      split = ",",
      defaultValue = "TSLA,AAPL,AMZN",
      description = "(synthetic) tickers (default: ${DEFAULT-VALUE})")
  List<String> tickers;

  @Option(
      names = "--keywords",
      split = ",",
      description = "(synthetic) subject words, paired with --tickers in order, e.g. tesla,apple")
  List<String> keywords = List.of();

  @Option(
      names = "--sentiment",
      defaultValue = "0.0",
      description =
          "(synthetic) bias in [-1,1]: share of positive tweets is (1+s)/2 (default:"
              + " ${DEFAULT-VALUE})")
  double sentiment;

  @Option(
      names = "--rate",
      defaultValue = "10",
      description =
          "(synthetic) tweets per second; 0 = as fast as possible (default: ${DEFAULT-VALUE})")
  double rate;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "(synthetic) random seed (default: ${DEFAULT-VALUE})")
  long seed;

  /** How long a Ctrl-C lets the source stop and flush before the producer is closed under it. */
  private static final int SOURCE_STOP_WAIT_SECONDS = 2;

  /**
   * How long a Ctrl-C then waits for the run to end: the producer's bounded close and some slack.
   */
  private static final int SHUTDOWN_WAIT_SECONDS =
      (int) TweetPublisher.CLOSE_TIMEOUT.toSeconds() + 5;

  /**
   * (bluesky) How many records of each tweets partition are read back at start to find where to
   * resume.
   */
  private static final int RESUME_SCAN_PER_PARTITION = 10_000;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // twitter4j finds only SLF4J 1.x by itself; without this it would print to stdout.
    System.setProperty("twitter4j.loggerFactory", "twitter4j.SLF4JLoggerFactory");
    System.exit(new CommandLine(new TweetIngestorCommand()).execute(args));
  }

  /**
   * Kafka bootstrap servers: --kafka, else env, else conf/tweetrade.properties, else the default.
   */
  String bootstrap() {
    return kafka.resolve(settings);
  }

  @Override
  public Integer call() throws Exception {
    validate();
    TimeSource time = TimeSource.SYSTEM;
    TweetPublisher publisher =
        new TweetPublisher(
            KafkaClients.producer(bootstrap()),
            topic,
            deadLetterTopic,
            "tweet-ingestor/" + source,
            dedupeCapacity,
            time);
    TweetSource tweets = buildSource(publisher, time);
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              System.err.println("tweet-ingestor: stopping: flushing what was handed to Kafka");
              tweets.close();
              try {
                // a source blocked in a send to a broker that is gone is released by closing the
                // producer (bounded)
                if (!finished.await(SOURCE_STOP_WAIT_SECONDS, TimeUnit.SECONDS)) publisher.close();
                if (!finished.await(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                  System.err.println(
                      "tweet-ingestor: stopped before Kafka confirmed everything: "
                          + publisher.counters().summary());
                }
              } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
              }
            },
            "tweet-ingestor-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    ProgressLine progress =
        new ProgressLine(publisher.counters(), System.err, time).start(progressSeconds);
    try {
      tweets.run();
    } finally {
      progress.close();
      publisher.close();
      System.err.println(progress.finalLine());
      finished.countDown();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is what stopped us; nothing to remove
    }
    if (tweets instanceof LiveSource live && live.fatalFailure() != null) {
      System.err.println(
          "tweet-ingestor: live stream stopped: " + live.fatalFailure().explanation());
      return 1;
    }
    return publisher.counters().failed.get() > 0 ? 1 : 0;
  }

  private void validate() {
    try {
      Speed.parse(speed);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (dedupeCapacity < 1)
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--dedupe-capacity must be at least 1");
    if ((source == SourceKind.live || source == SourceKind.bluesky && !all)
        && ignoreRules
        && track.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--ignore-rules needs --track terms");
    }
    String endpointProblem = JetstreamUrl.problem(endpoint);
    if (endpointProblem != null)
      throw new CommandLine.ParameterException(spec.commandLine(), endpointProblem);
    for (String lang : langs) {
      if (!lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--lang takes a language code such as en or pt-BR, was " + lang);
      }
    }
  }

  private TweetSource buildSource(TweetPublisher publisher, TimeSource time) throws Exception {
    return switch (source) {
      case replay ->
          new ReplaySource(
              file == null ? RecordingInput.sample() : RecordingInput.file(file),
              new ReplayClock(Speed.parse(speed), retime, time),
              loop,
              count,
              publisher,
              time);
      case synthetic ->
          new SyntheticSource(
              new SyntheticTweets(tickers, keywords, sentiment, seed, time),
              new Throttler(rate, time),
              count,
              publisher);
      case live -> live(publisher, time);
      case bluesky -> bluesky(publisher, time);
    };
  }

  private BlueskySource bluesky(TweetPublisher publisher, TimeSource time) {
    ResumePoint resume;
    try (var consumer = KafkaClients.groupLessConsumer(bootstrap(), "tweet-ingestor-resume")) {
      resume = ResumePoint.read(consumer, topic, RESUME_SCAN_PER_PARTITION);
    }
    RulesWatcher rules =
        all || ignoreRules
            ? null
            : new RulesWatcher(KafkaClients.rulesConsumer(bootstrap()), rulesTopic);
    return new BlueskySource(
        new BlueskySource.Settings(
            endpoint, all, Set.copyOf(langs), terms(), count, BlueskySource.Settings.IDLE_TIMEOUT),
        publisher,
        rules,
        resume,
        Backoff.JETSTREAM,
        time);
  }

  private Set<String> terms() {
    Set<String> terms = new LinkedHashSet<>();
    track.stream().map(String::trim).filter(s -> !s.isEmpty()).forEach(terms::add);
    return terms;
  }

  private LiveSource live(TweetPublisher publisher, TimeSource time) throws Exception {
    TwitterCredentials credentials = TwitterCredentials.load(twitterConfig, System.getenv());
    ConfigurationBuilder conf = credentials.applyTo(new ConfigurationBuilder());
    String base = streamBaseUrl != null ? streamBaseUrl : credentials.streamBaseUrl();
    if (base != null) conf.setStreamBaseURL(base.endsWith("/") ? base : base + "/");
    RulesWatcher rules =
        ignoreRules ? null : new RulesWatcher(KafkaClients.rulesConsumer(bootstrap()), rulesTopic);
    return new LiveSource(
        conf.build(),
        publisher,
        rules,
        terms(),
        Backoff.TWITTER_GUIDANCE,
        Duration.ofSeconds(10),
        time);
  }
}
