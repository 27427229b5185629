package com.tweetrade.sentiment;

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
import picocli.CommandLine.Parameters;

/**
 * {@code tweetrade sentiment}: scores texts, one per line, from a file or standard input, and prints
 * {@code compound<TAB>pos<TAB>neu<TAB>neg} per line, in order, as vaderSentiment 3.3.2 prints its rounded floats.
 *
 * <p>Streams line by line (a million lines need no more memory than one); stdout carries scores only, logs go to
 * stderr. Input and output are UTF-8.
 */
@Command(name = "sentiment", mixinStandardHelpOptions = true, version = "tweetrade sentiment (VADER 3.3.2)",
    description = {
        "Scores each input line with VADER 3.3.2 and prints compound<TAB>pos<TAB>neu<TAB>neg per line, in order.",
        "Numbers are printed like Python's str(round(x, 4)) for compound and str(round(x, 3)) for the others."})
public final class SentimentCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(SentimentCommand.class);
  private static final int PROGRESS_EVERY = 1_000_000;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      description = "UTF-8 text file, one text per line (default: standard input; \"-\" also means stdin)")
  private Path file;

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
    if (System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", "log4j2-sentiment-cli.xml");
    }
    System.exit(new CommandLine(new SentimentCommand()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    SentimentAnalyzer analyzer = SentimentAnalyzer.load();
    boolean fromStdin = file == null || file.toString().equals("-");
    InputStream in = fromStdin ? stdin : Files.newInputStream(file);
    long lines = 0;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      Writer out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16);
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        out.write(analyzer.score(line).toTsv());
        out.write('\n');
        if (++lines % PROGRESS_EVERY == 0) {
          LOG.info("scored {} lines", lines);
        }
      }
      out.flush();
    }
    LOG.info("scored {} lines from {}", lines, fromStdin ? "stdin" : file);
    return 0;
  }
}
