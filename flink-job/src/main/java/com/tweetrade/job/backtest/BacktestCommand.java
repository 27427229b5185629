package com.tweetrade.job.backtest;

import com.tweetrade.job.migrate.MigrateCommand;
import com.tweetrade.model.Trade;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.RuleDefinition;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.RuleLanguage;
import com.tweetrade.model.rules.RuleParseException;
import com.tweetrade.model.settings.CqlOption;
import com.tweetrade.model.settings.CredentialsOption;
import com.tweetrade.model.settings.Settings;
import com.tweetrade.model.tables.Tables;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bin/tweetrade backtest}: what rules would have done over history, decided by the
 * production job's own operators ({@link Backtest}). Bad input is one line on stderr, exit code 2,
 * nothing written.
 */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description = {
      "Runs rules over history with the job's own rules and paper-trading operators (a bounded"
          + " local Flink job) and writes trades.csv, equity.csv, summary.json and report.html"
          + " (equity curve, drawdown, trades).",
      "Source stocknet: the shipped StockNet 2014-2015 daily closes and real posts, in day panes:"
          + " windows 1d, 5d and 20d (calendar days of event time); a price holds until the next"
          + " close.",
      "Source recorded: the windows the live job stored in Cassandra (1m, 5m, 15m; 1d, 5d, 20d"
          + " after 'backtest import stocknet'), read only for the rules' tickers, keywords,"
          + " windows and days. Rules are decided at the stored pane closes: an ON TICK rule is"
          + " decided there too (a warning says so); fsentiment is not stored.",
      "Subcommand 'import stocknet' loads StockNet into those tables (see backtest import"
          + " stocknet --help)."
    })
public final class BacktestCommand implements Callable<Integer> {
  static final int BAD_INPUT = 2;

  @Option(names = "--rule", paramLabel = "TEXT", description = "A rule (repeatable).")
  List<String> ruleTexts = new ArrayList<>();

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description = "A file with one rule per line (# comments).")
  Path rulesFile;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "First day (UTC), e.g. 2014-01-01, or an instant.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day (UTC), included.")
  String to;

  @Option(
      names = "--source",
      defaultValue = "stocknet",
      description =
          "History: stocknet (default, the shipped data) or recorded (the job's own windows in"
              + " Cassandra).")
  String source;

  @Mixin CqlOption cql = new CqlOption();

  @Mixin CredentialsOption credentials = new CredentialsOption();

  @Option(
      names = "--keyspace",
      defaultValue = Tables.KEYSPACE,
      description = "Keyspace of the recorded windows (default ${DEFAULT-VALUE}).")
  String keyspace;

  @Option(
      names = "--stocknet-dir",
      paramLabel = "DIR",
      description = "StockNet data (default <root>/data/stocknet).")
  Path stocknetDir;

  @Option(
      names = "--capital",
      defaultValue = "100000",
      description = "Starting cash in dollars (default ${DEFAULT-VALUE}).")
  double capital;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Where to write the report (default backtest/<time>/ " + "under the working directory).")
  Path out;

  private final PrintStream stdout;
  private final PrintStream stderr;

  BacktestCommand(PrintStream stdout, PrintStream stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  public static void main(String[] args) {
    System.exit(execute(args, System.out, System.err));
  }

  static int execute(String[] args, PrintStream stdout, PrintStream stderr) {
    CommandLine line = new CommandLine(new BacktestCommand(stdout, stderr));
    line.addSubcommand(
        new CommandLine(new StockNetImportCommand.Group(stderr))
            .addSubcommand(new StockNetImportCommand(stderr)));
    line.setOut(new java.io.PrintWriter(stdout, true));
    line.setErr(new java.io.PrintWriter(stderr, true));
    line.setParameterExceptionHandler(
        (e, a) -> {
          stderr.println("backtest: " + e.getMessage());
          return BAD_INPUT;
        });
    return line.execute(args);
  }

  @Override
  public Integer call() throws Exception {
    try {
      return run();
    } catch (BadInput e) {
      stderr.println("backtest: " + e.getMessage());
      return BAD_INPUT;
    }
  }

  private int run() throws Exception {
    if (!"stocknet".equals(source) && !"recorded".equals(source)) {
      throw new BadInput("unknown --source '" + source + "': use stocknet or recorded");
    }
    if (from == null) throw new BadInput("missing --from DATE");
    if (to == null) throw new BadInput("missing --to DATE");
    LocalDate first = day(from, "--from");
    LocalDate last = day(to, "--to");
    if (first.isAfter(last)) throw new BadInput("--from " + first + " is after --to " + last);
    List<String> texts = ruleTexts();
    if (texts.isEmpty()) throw new BadInput("no rule: give --rule TEXT or --rules FILE");

    long start = first.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
    Result result =
        "recorded".equals(source)
            ? recorded(texts, first, last, start)
            : stocknet(texts, first, last, start);
    for (String warning : result.warnings()) stderr.println("backtest: warning: " + warning);
    BacktestReport report =
        BacktestReport.of(result.trades(), result.history(), capital)
            .withWarnings(result.warnings());
    Path target =
        out != null ? out : Path.of("backtest", Instant.now().toString().replace(':', '-'));
    report.write(target);
    report.print(stdout);
    stdout.println("report: " + target.resolve("report.html"));
    return 0;
  }

  /** A backtest's trades, the history they were decided on, and what the user should know. */
  private record Result(List<Trade> trades, History history, List<String> warnings) {}

  private Result stocknet(List<String> texts, LocalDate first, LocalDate last, long start)
      throws Exception {
    Path dir = stocknetDir != null ? stocknetDir : StockNetHistory.shippedDir();
    stderr.println("backtest: reading StockNet from " + dir);
    StockNetHistory stocknet = StockNetHistory.read(dir);
    List<RuleEvent> rules = new ArrayList<>();
    Set<String> tickers = new LinkedHashSet<>();
    Set<String> keywords = new LinkedHashSet<>();
    for (int i = 0; i < texts.size(); i++) {
      RuleDefinition rule = compile(texts.get(i), stocknet);
      tickers.addAll(rule.tickers());
      keywords.addAll(rule.keywords());
      if (rule.trades()) tickers.add(rule.tradedTicker());
      rules.add(RuleEvent.create("rule-" + (i + 1), "backtest", texts.get(i), start));
    }
    History history = stocknet.between(tickers, keywords, first, last);
    if (history.quotes().isEmpty()) {
      throw new BadInput(
          "no prices for "
              + tickers
              + " between "
              + first
              + " and "
              + last
              + " (StockNet has "
              + stocknet.firstDay()
              + " .. "
              + stocknet.lastDay()
              + ")");
    }
    stderr.printf(
        "backtest: %d rules over %,d quotes and %,d posts, %s .. %s%n",
        rules.size(), history.quotes().size(), history.tweets().size(), first, last);
    List<Trade> trades = Backtest.run(history, rules, Math.round(capital * 100), stderr);
    return new Result(trades, history, List.of());
  }

  private Result recorded(List<String> texts, LocalDate first, LocalDate last, long start)
      throws Exception {
    RecordedRules rules = RecordedRules.of(texts, start);
    Settings settings = Settings.load();
    InetSocketAddress contact = MigrateCommand.contactPoint(cql, settings);
    RecordedHistory history;
    try (RecordedTables tables =
        RecordedTables.connect(contact, credentials.resolve(settings), keyspace)) {
      history = RecordedHistory.read(tables, rules, first, last);
    } catch (com.datastax.driver.core.exceptions.DriverException e) {
      throw new BadInput("cannot read the recorded windows: " + e.getMessage());
    }
    stderr.printf(
        "backtest: %d rules over %,d recorded pane closes (%d partitions of %s), %s .. %s%n",
        rules.events().size(),
        history.closes().size(),
        history.partitions().size(),
        keyspace,
        first,
        last);
    List<Trade> trades = Backtest.run(history, rules.events(), Math.round(capital * 100), stderr);
    return new Result(trades, history.history(), rules.warnings());
  }

  private List<String> ruleTexts() throws IOException {
    List<String> texts = new ArrayList<>(ruleTexts);
    if (rulesFile != null) {
      if (!Files.isRegularFile(rulesFile))
        throw new BadInput("--rules " + rulesFile + ": no such file");
      for (String l : Files.readAllLines(rulesFile)) {
        if (!l.isBlank() && !l.strip().startsWith("#")) texts.add(l.strip());
      }
    }
    return texts;
  }

  /** Parses a rule for the source's windows and checks that it has the rule's tickers. */
  static RuleDefinition compile(String text, StockNetHistory stocknet) {
    RuleDefinition rule = compile(text, StockNetHistory.WINDOWS);
    Set<String> tickers = new LinkedHashSet<>(rule.tickers());
    if (rule.trades()) tickers.add(rule.tradedTicker());
    for (String ticker : tickers) {
      if (!stocknet.tickers().contains(ticker))
        throw new BadInput(
            "unknown ticker " + ticker + " in '" + text + "': StockNet has no prices for it");
    }
    return rule;
  }

  /**
   * Parses a rule for a source that holds {@code windows}; a rule it cannot take is {@link
   * BadInput}.
   */
  static RuleDefinition compile(String text, WindowSet windows) {
    try {
      return RuleLanguage.compile(text, RuleLanguage.standardTickers(), windows);
    } catch (RuleParseException e) {
      // A window this source cannot serve is a rule of the language, but not one for this source.
      String problem =
          e.kind() == RuleParseException.Kind.UNSUPPORTED_WINDOW && e.expected() == null
              ? "' is refused: "
              : "' does not parse: ";
      throw new BadInput("rule '" + text + problem + e.getMessage());
    }
  }

  private static LocalDate day(String value, String flag) {
    try {
      return value.contains("T")
          ? Instant.parse(value).atZone(ZoneOffset.UTC).toLocalDate()
          : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadInput(
          flag
              + " '"
              + value
              + "' is not a date (2014-01-01) or an instant (2014-01-01T00:00:00Z)");
    }
  }

  /** Input the user can fix: reported as one line, exit code 2. */
  static final class BadInput extends RuntimeException {
    BadInput(String message) {
      super(message);
    }
  }
}
