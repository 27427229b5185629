package com.tweetrade.sentiment;

import com.tweetrade.sentiment.movement.EvaluateCommand;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tweetrade sentiment}: scores texts, one per line, from a file or standard input, and
 * prints {@code compound<TAB>pos<TAB>neu<TAB>neg} per line, in order, as vaderSentiment 3.3.2
 * prints its rounded floats.
 *
 * <p>Streams line by line (a million lines need no more memory than one); stdout carries scores
 * only, logs go to stderr. Input and output are UTF-8.
 */
@Command(
    name = "sentiment",
    mixinStandardHelpOptions = true,
    version = "tweetrade sentiment (VADER 3.3.2)",
    subcommands = EvaluateCommand.class,
    description = {
      "Scores each input line with VADER 3.3.2 and prints compound<TAB>pos<TAB>neu<TAB>neg per"
          + " line, in order.",
      "Numbers are printed like Python's str(round(x, 4)) for compound and str(round(x, 3)) for the"
          + " others.",
      "'sentiment evaluate --stocknet' measures both models on the StockNet movement task (see its"
          + " --help)."
    })
public final class SentimentCommand implements Callable<Integer> {

  static {
    // Before the first logger exists: the CLI's own config logs to stderr, keeping stdout for
    // scores only.
    if (System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", "log4j2-sentiment-cli.xml");
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(SentimentCommand.class);
  private static final int PROGRESS_EVERY = 1_000_000;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description =
          "UTF-8 text file, one text per line (default: standard input; \"-\" also means stdin)")
  private Path file;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      defaultValue = "vader",
      converter = ModelConverter.class,
      description =
          "vader (default: the exact vaderSentiment 3.3.2) or finance (VADER's rules over a lexicon"
              + " with market words: bullish, short, puts, downgrade, missed, 🚀 ...)")
  private SentimentModel model;

  private final InputStream stdin;
  private final OutputStream stdout;

  public SentimentCommand() {
    this(System.in, System.out);
  }

  SentimentCommand(InputStream stdin, OutputStream stdout) {
    this.stdin = stdin;
    this.stdout = stdout;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new SentimentCommand()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    SentimentAnalyzer analyzer = SentimentAnalyzer.load(model);
    boolean fromStdin = file == null || file.toString().equals("-");
    InputStream in = fromStdin ? stdin : Files.newInputStream(file);
    long lines = 0;
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      Writer out =
          new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16);
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        out.write(analyzer.score(line).toTsv());
        out.write('\n');
        if (++lines % PROGRESS_EVERY == 0) {
          LOG.info("scored {} lines", lines);
        }
      }
      out.flush();
    }
    LOG.info("scored {} lines from {} with {}", lines, fromStdin ? "stdin" : file, model.label());
    return 0;
  }

  /**
   * Accepts "vader" or "finance" in any case; anything else is a usage error (exit 2) naming both.
   */
  static final class ModelConverter implements ITypeConverter<SentimentModel> {
    @Override
    public SentimentModel convert(String value) {
      return SentimentModel.of(value);
    }
  }
}
