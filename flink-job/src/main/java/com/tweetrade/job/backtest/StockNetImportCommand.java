package com.tweetrade.job.backtest;

import com.tweetrade.job.Analytics;
import com.tweetrade.job.Inputs;
import com.tweetrade.job.JobSettings;
import com.tweetrade.job.TweeTradeJob;
import com.tweetrade.job.backtest.BacktestCommand.BadInput;
import com.tweetrade.job.config.JobConfig;
import com.tweetrade.job.io.CassandraSinks;
import com.tweetrade.job.migrate.MigrateCommand;
import com.tweetrade.model.settings.CqlOption;
import com.tweetrade.model.settings.CredentialsOption;
import com.tweetrade.model.settings.Settings;
import com.tweetrade.model.tables.Tables;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bin/tweetrade backtest import stocknet}: the shipped StockNet data into the job's history
 * tables, so that {@code backtest --source recorded} serves it like the live job's own series.
 *
 * <p>The rows are the job's own: its analytics ({@link TweeTradeJob#build(Inputs, com.tweetrade.job
 * .analytics.PaneWindows, com.tweetrade.model.tickers.TickerDirectory)}) run bounded over {@link
 * StockNetHistory} with the StockNet day panes (windows 1d, 5d, 20d) and write with the job's
 * Cassandra writers ({@link CassandraSinks}). Sentiment rows are the cashtags' ({@code $AAPL}): the
 * job tracks the cashtag of every known ticker whatever the rules, so the import needs no rule.
 */
@Command(
    name = "stocknet",
    mixinStandardHelpOptions = true,
    description = {
      "Loads the shipped StockNet 2014-2015 daily closes and posts into stocktimeseries and"
          + " twitterkeysentiments (windows 1d, 5d, 20d; posts as their tickers' cashtags),"
          + " computed by the job's own analytics, for 'backtest --source recorded'. Rows already"
          + " there are overwritten with the same values."
    })
final class StockNetImportCommand implements Callable<Integer> {
  @Option(
      names = "--tickers",
      split = ",",
      paramLabel = "TICKER",
      description = "Tickers to import, comma-separated (default: all of StockNet's).")
  List<String> tickers = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "First day (UTC), e.g. 2015-01-01 (default: StockNet's first).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Last day (UTC), included (default: StockNet's last).")
  String to;

  @Option(
      names = "--stocknet-dir",
      paramLabel = "DIR",
      description = "StockNet data (default <root>/data/stocknet).")
  Path stocknetDir;

  @Mixin CqlOption cql = new CqlOption();

  @Mixin CredentialsOption credentials = new CredentialsOption();

  @Option(
      names = "--keyspace",
      defaultValue = Tables.KEYSPACE,
      description = "Keyspace to write (default ${DEFAULT-VALUE}).")
  String keyspace;

  private final PrintStream stderr;

  StockNetImportCommand(PrintStream stderr) {
    this.stderr = stderr;
  }

  @Override
  public Integer call() throws Exception {
    try {
      return run();
    } catch (BadInput e) {
      stderr.println("backtest import: " + e.getMessage());
      return BacktestCommand.BAD_INPUT;
    }
  }

  private int run() throws Exception {
    Path dir = stocknetDir != null ? stocknetDir : StockNetHistory.shippedDir();
    stderr.println("backtest import: reading StockNet from " + dir);
    StockNetHistory stocknet = StockNetHistory.read(dir);
    LocalDate first = from == null ? stocknet.firstDay() : day(from, "--from");
    LocalDate last = to == null ? stocknet.lastDay() : day(to, "--to");
    if (first.isAfter(last)) throw new BadInput("--from " + first + " is after --to " + last);
    Set<String> symbols = new TreeSet<>(tickers.isEmpty() ? stocknet.tickers() : tickers);
    Set<String> cashtags = new TreeSet<>();
    for (String t : symbols) {
      if (!stocknet.tickers().contains(t))
        throw new BadInput("unknown ticker " + t + ": StockNet has no prices for it");
      cashtags.add("$" + t);
    }
    History history = stocknet.between(symbols, cashtags, first, last);
    if (history.quotes().isEmpty())
      throw new BadInput("no prices for " + symbols + " between " + first + " and " + last);

    Settings settings = Settings.load();
    InetSocketAddress contact = MigrateCommand.contactPoint(cql, settings);
    // Fails here, before the job, when Cassandra is not there or the keyspace lacks the tables.
    RecordedTables.connect(contact, credentials.resolve(settings), keyspace).close();
    JobConfig config =
        JobConfig.defaults()
            .withEndpoints(JobConfig.defaults().kafkaBootstrap(), contact, keyspace)
            .withCredentials(credentials.resolve(settings));
    stderr.printf(
        "backtest import: %d tickers, %,d closes and %,d posts, %s .. %s, into keyspace %s%n",
        symbols.size(), history.quotes().size(), history.tweets().size(), first, last, keyspace);
    long started = System.nanoTime();
    JobClient job = execute(history, cashtags, config);
    CompletableFuture<JobExecutionResult> done = job.getJobExecutionResult();
    while (true) {
      try {
        done.get(5, TimeUnit.SECONDS);
        break;
      } catch (TimeoutException stillRunning) {
        stderr.printf(
            "backtest import: running, %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
      }
    }
    stderr.printf(
        "backtest import: done in %d s: windows 1d, 5d, 20d of %s in %s.stocktimeseries and"
            + " %s.twitterkeysentiments%n",
        (System.nanoTime() - started) / 1_000_000_000L, symbols, keyspace, keyspace);
    return 0;
  }

  /**
   * The job's analytics over the history, bounded, writing to Cassandra as the job does: the
   * sentiment of {@code cashtags} only (a post on the tickers imported may name others, whose
   * series would be partial).
   */
  private static JobClient execute(History history, Set<String> cashtags, JobConfig config)
      throws Exception {
    StreamExecutionEnvironment env = Backtest.localEnvironment();
    JobSettings settings = history.settings();
    BacktestIo io = new BacktestIo(history, List.of());
    Inputs inputs = TweeTradeJob.route(io.quotes(env), io.tweets(env), io.rules(env), settings);
    Analytics analytics = TweeTradeJob.build(inputs, settings.panes(), settings.tickers());
    CassandraSinks.prices(analytics.prices(), config);
    Set<String> imported = new TreeSet<>(cashtags);
    CassandraSinks.sentiments(
        analytics
            .sentiments()
            .filter(a -> imported.contains(a.keyword()))
            .uid("import-stocknet-cashtags")
            .name("Imported Cashtags"),
        config);
    io.writeDeadLetters(inputs.deadLetters().union(analytics.lateEvents()));
    return env.executeAsync("TweeTrade import StockNet");
  }

  private static LocalDate day(String value, String flag) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadInput(flag + " '" + value + "' is not a date (2014-01-01)");
    }
  }

  /** {@code backtest import}: the sources that can be imported. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = "Loads history into the job's tables for 'backtest --source recorded'.")
  static final class Group implements Callable<Integer> {
    private final PrintStream stderr;

    Group(PrintStream stderr) {
      this.stderr = stderr;
    }

    @Override
    public Integer call() {
      stderr.println("backtest import: name a source: backtest import stocknet");
      return BacktestCommand.BAD_INPUT;
    }
  }
}
