package com.tweetrade.model.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Times compiling and evaluating rules; writes the figures to a file (default {@code
 * target/benchmarks/rule-language.txt}). Not a test: speed is measured, never asserted.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes
 * com.tweetrade.model.rules.RuleLanguageBenchmark [out]}
 */
public final class RuleLanguageBenchmark {
  private static final String EXAMPLE =
      "WHEN sentiment(\"tesla\", 5m) > 0.4 AND price(TSLA) < avg(TSLA, 15m) THEN BUY 10 TSLA";
  private static final String LONG =
      "WHEN (sentiment($TSLA, 1m) > 0.2 OR volume(\"elon musk\", 15m) >= 100) AND NOT change(TSLA,"
          + " 15m) < -2% AND (price(AAPL) + price(MSFT)) / 2 > vwap(AAPL, 5m) * 1.1 AND"
          + " positive(\"apple\", 5m) > 60% THEN SELL 5 TSLA AT LIMIT 250.5 EVERY 10m";

  private static volatile Object sink;

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/benchmarks/rule-language.txt");
    Predicate<String> known = RuleLanguage.standardTickers();
    known.test("TSLA"); // load the directory before timing
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "# rule language, %s, %d cores%n",
            System.getProperty("java.version"),
            Runtime.getRuntime().availableProcessors()));
    for (String[] named : List.of(new String[] {"example", EXAMPLE}, new String[] {"long", LONG})) {
      double micros =
          timeNanos(() -> sink = RuleLanguage.compile(named[1], known), 200_000) / 1000.0;
      report.append(
          String.format(
              Locale.ROOT,
              "compile %-7s (%3d chars): %8.2f us/rule%n",
              named[0],
              named[1].length(),
              micros));
    }
    double errorMicros =
        timeNanos(() -> sink = RuleLanguage.check(LONG.replace("5m", "7m"), known), 200_000)
            / 1000.0;
    report.append(
        String.format(Locale.ROOT, "check   invalid long rule : %8.2f us/rule%n", errorMicros));

    Map<String, Double> map = new HashMap<>();
    map.put("sentiment:tesla:5m", 0.5);
    map.put("price:TSLA", 240.0);
    map.put("avg:TSLA:15m", 250.0);
    InputValues values = InputValues.of(map);
    Condition condition = RuleLanguage.compile(EXAMPLE, known).condition();
    double evalNanos = timeNanos(() -> sink = condition.evaluate(values), 5_000_000);
    report.append(
        String.format(
            Locale.ROOT, "evaluate example (HashMap inputs): %8.1f ns/evaluation%n", evalNanos));
    TriggerState state = Trigger.RISING_EDGE.initialState();
    double triggerNanos = timeNanos(() -> sink = state.next(true, 1L), 5_000_000);
    report.append(
        String.format(
            Locale.ROOT, "trigger next                     : %8.1f ns/step%n", triggerNanos));

    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report);
    System.out.print(report);
    System.out.println("written to " + out);
  }

  /** Mean nanoseconds per call over the best of five rounds after a warm-up round. */
  private static double timeNanos(Runnable call, int iterations) {
    double best = Double.MAX_VALUE;
    for (int round = 0; round < 6; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < iterations; i++) call.run();
      double perCall = (System.nanoTime() - start) / (double) iterations;
      if (round > 0) best = Math.min(best, perCall);
    }
    return best;
  }
}
