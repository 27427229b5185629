package com.tweetrade.sentiment.movement;

import com.tweetrade.sentiment.stocknet.StockNetData;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tweetrade sentiment evaluate --stocknet}: accuracy and MCC of both sentiment models on the
 * StockNet movement task, dev and test, from the shipped data; optionally retrains the shipped
 * movement model.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the StockNet movement task (Xu & Cohen 2018) with both sentiment models and prints"
          + " accuracy and MCC on dev and test.",
      "Up: adjusted-close return >= +0.55%%, down: <= -0.5%% (in-between days dropped); a day's"
          + " tweets are its ticker's cashtag tweets of the 5 calendar days before it (days without"
          + " tweets dropped).",
      "Train 2014-01-01..2015-07-31, dev 2015-08-01..2015-09-30, test 2015-10-01..2015-12-31."
          + " Cut-offs and the L2 penalty are chosen by MCC on dev; weights are fitted on train"
          + " only."
    })
public final class EvaluateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--stocknet",
      arity = "0..1",
      paramLabel = "DIR",
      fallbackValue = "",
      description = "the StockNet directory (default: data/stocknet of the TweeTrade checkout)")
  private String stocknet;

  @Option(
      names = "--model-file",
      paramLabel = "FILE",
      description = "evaluate this movement model instead of the shipped one")
  private Path modelFile;

  @Option(
      names = "--retrain",
      paramLabel = "FILE",
      description =
          "fit the movement model again (train split; L2 and cut-off on dev), write it to FILE and"
              + " evaluate it; FILE "
              + ShippedModel.SOURCE_PATH
              + " rewrites the shipped one")
  private Path retrain;

  @Option(
      names = "--dev-only",
      description =
          "print train and dev figures only, keeping the test split unseen while a model is"
              + " developed")
  private boolean devOnly;

  @Override
  public Integer call() throws Exception {
    if (modelFile != null && retrain != null) {
      throw new ParameterException(
          spec.commandLine(), "--model-file and --retrain exclude each other");
    }
    Path dir = dataDir();
    if (!Files.isDirectory(dir)) {
      spec.commandLine()
          .getErr()
          .println("evaluate: no StockNet directory at " + dir + " (use --stocknet DIR)");
      return 1;
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    StockNetEvaluation evaluation = StockNetEvaluation.of(StockNetData.read(dir));
    LinearModel model;
    if (retrain != null) {
      model = evaluation.train();
      Files.writeString(retrain, ShippedModel.tsv(model), StandardCharsets.UTF_8);
      out.println("wrote " + retrain);
    } else if (modelFile != null) {
      model = LinearModel.parse(Files.readString(modelFile, StandardCharsets.UTF_8));
    } else {
      model = ShippedModel.load();
    }
    ResultsTable.print(evaluation, model, !devOnly, out);
    return 0;
  }

  private Path dataDir() {
    if (stocknet != null && !stocknet.isEmpty()) {
      return Path.of(stocknet);
    }
    String root = System.getenv("TWEETRADE_ROOT");
    return Path.of(root == null ? "." : root, "data", "stocknet");
  }
}
