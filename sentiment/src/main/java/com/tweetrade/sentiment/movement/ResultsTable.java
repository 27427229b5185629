package com.tweetrade.sentiment.movement;

import java.io.PrintStream;
import java.util.Locale;

/** Prints the evaluation as a Markdown table, the form sentiment/README.md keeps it in. */
final class ResultsTable {

  private ResultsTable() {}

  static void print(
      StockNetEvaluation evaluation, LinearModel model, boolean withTest, PrintStream out) {
    out.println("StockNet movement task, samples with at least one tweet in the 5 days before:");
    for (Split split : Split.values()) {
      if (split == Split.TEST && !withTest) {
        continue;
      }
      Metrics down = evaluation.majority(split);
      out.printf(
          Locale.ROOT,
          "  %-5s %,6d samples, %s up%n",
          split.name().toLowerCase(Locale.ROOT),
          down.n(),
          pct(1 - down.accuracy()));
    }
    out.println();
    out.println("Correlation of each window feature with up (train, dev; never test):");
    for (StockNetEvaluation.FeatureRow row : evaluation.featureCorrelations()) {
      out.printf(Locale.ROOT, "  %-26s %+.4f  %+.4f%n", row.feature(), row.train(), row.dev());
    }
    out.println();
    out.println("| model | dev accuracy | dev MCC | test accuracy | test MCC | how |");
    out.println("|---|---|---|---|---|---|");
    for (StockNetEvaluation.Row row : evaluation.rows(model)) {
      String test =
          withTest
              ? String.format(
                  Locale.ROOT, "%s | %.3f", pct(row.test().accuracy()), row.test().mcc())
              : "(not shown) | (not shown)";
      out.printf(
          Locale.ROOT,
          "| %s | %s | %.3f | %s | %s |%n",
          row.model(),
          pct(row.dev().accuracy()),
          row.dev().mcc(),
          test,
          row.how());
    }
  }

  private static String pct(double x) {
    return String.format(Locale.ROOT, "%.2f%%", 100 * x);
  }
}
