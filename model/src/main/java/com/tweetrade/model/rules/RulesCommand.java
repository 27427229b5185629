package com.tweetrade.model.rules;

import com.tweetrade.model.tickers.TickerDirectory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tweetrade rules}: tools for rule texts. {@code rules check} compiles rules, one per line.
 *
 * <p>Exit codes: 0 every rule compiled, 1 at least one did not, 2 bad usage or an unreadable file.
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    version = "tweetrade rules 0.1.0",
    description = "Tools for TweeTrade rule texts (language reference: docs/rules.md).")
public final class RulesCommand implements Runnable {
  @Spec private CommandSpec spec;

  /** Runs the command with the process's streams and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(execute(System.in, out, err, args));
  }

  /** Runs the command in-process; {@code stdin} is what {@code check} reads when given no files. */
  public static int execute(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new RulesCommand());
    commandLine.addSubcommand("check", new Check(stdin));
    commandLine.setOut(out);
    commandLine.setErr(err);
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: check");
  }

  /** {@code rules check}: compiles each line and prints OK or the error. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      version = "tweetrade rules check 0.1.0",
      description =
          "Compiles rules, one per line, from the files or standard input, and prints for each line"
              + " '<line>: OK' or '<line>: <error>' (prefixed by the file name when files are"
              + " given). Blank lines and lines starting with # are skipped. Exit code 0 if all"
              + " compiled, 1 if any rule failed, 2 on bad usage or unreadable input.")
  static final class Check implements Callable<Integer> {
    private final InputStream stdin;

    @Spec private CommandSpec spec;

    @Parameters(
        paramLabel = "FILE",
        arity = "0..*",
        description = "Rule files; '-' or none reads standard input.")
    private List<Path> files = List.of();

    @Option(
        names = "--tickers",
        paramLabel = "FILE",
        description =
            "Known tickers: a NASDAQ Trader directory or one symbol per line (default: the bundled"
                + " directory).")
    private Path tickersFile;

    @Option(names = "--any-ticker", description = "Accept any well-formed ticker symbol.")
    private boolean anyTicker;

    @Option(names = "--canonical", description = "After OK, print the rule's canonical text.")
    private boolean canonical;

    Check(InputStream stdin) {
      this.stdin = stdin;
    }

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Predicate<String> known;
      try {
        known = knownTickers();
      } catch (IOException | IllegalArgumentException e) {
        err.println("cannot read tickers from " + tickersFile + ": " + e.getMessage());
        return 2;
      }
      Tally tally = new Tally();
      try {
        if (files.isEmpty()) {
          check(new InputStreamReader(stdin, StandardCharsets.UTF_8), "", known, out, tally);
        }
        for (Path file : files) {
          if (file.toString().equals("-")) {
            check(new InputStreamReader(stdin, StandardCharsets.UTF_8), "", known, out, tally);
          } else {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
              check(reader, file + ":", known, out, tally);
            }
          }
        }
      } catch (IOException e) {
        err.println("cannot read rules: " + e);
        return 2;
      }
      err.println(tally.checked + " rules checked, " + tally.failed + " failed");
      return tally.failed > 0 ? 1 : 0;
    }

    private Predicate<String> knownTickers() throws IOException {
      if (anyTicker) return null;
      TickerDirectory directory =
          tickersFile == null ? TickerDirectory.standard() : TickerDirectory.load(tickersFile);
      return directory::contains;
    }

    private void check(
        Reader reader, String prefix, Predicate<String> known, PrintWriter out, Tally tally)
        throws IOException {
      BufferedReader lines = new BufferedReader(reader);
      int lineNumber = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.strip().startsWith("#")) continue;
        tally.checked++;
        try {
          RuleDefinition rule = RuleLanguage.compile(line, known);
          out.println(prefix + lineNumber + ": OK" + (canonical ? "  " + rule.toText() : ""));
        } catch (RuleParseException e) {
          tally.failed++;
          out.println(prefix + lineNumber + ": " + e.getMessage());
        }
      }
    }
  }

  /** Counts across all inputs of one run. */
  private static final class Tally {
    int checked;
    int failed;
  }
}
