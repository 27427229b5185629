package com.tweetrade.bench.job;

import com.tweetrade.job.rules.RuleBook;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.Rule;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.Timing;
import com.tweetrade.model.tickers.TickerDirectory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * For benchmarks: deterministic rule sets. Spread rules read 1, 2 or 3 subjects (one of each kind
 * in turn) chosen uniformly from the given tickers and keywords; probe rules ({@code probe-} ids)
 * fire once on their ticker's first update, which shows whether they were loaded before updates
 * flowed.
 */
final class JobBenchRules {
  static final String PROBE = "probe-";
  private static final int USERS = 1_000;

  private JobBenchRules() {}

  /**
   * The first {@code count} symbols of the standard directory that are plain 1-5 letter tickers
   * (sorted).
   */
  static List<String> tickers(int count) {
    return TickerDirectory.standard().symbols().stream()
        .filter(s -> s.matches("[A-Z]{1,5}"))
        .sorted()
        .limit(count)
        .toList();
  }

  static List<String> keywords(int count) {
    List<String> keywords = new ArrayList<>();
    for (int i = 0; i < count; i++) keywords.add("topic" + i);
    return keywords;
  }

  /** {@code count} spread rules over {@code tickers} and {@code keywords}. */
  static List<RuleEvent> spread(int count, List<String> tickers, List<String> keywords, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<RuleEvent> rules = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String a = tickers.get(random.nextInt(tickers.size()));
      String b = tickers.get(random.nextInt(tickers.size()));
      String k = keywords.get(random.nextInt(keywords.size()));
      String text =
          switch (i % 3) {
            case 0 -> "WHEN price(" + a + ") < avg(" + a + ", 15m) THEN BUY 1 " + a;
            case 1 ->
                "WHEN sentiment(\""
                    + k
                    + "\", 5m) > 0.2 AND price("
                    + a
                    + ") > avg("
                    + a
                    + ", 5m) THEN BUY 1 "
                    + a;
            default ->
                "WHEN sentiment(\""
                    + k
                    + "\", 1m) < -0.2 OR change("
                    + b
                    + ", 1m) > 1% THEN SELL 1 "
                    + a;
          };
      rules.add(RuleEvent.create("rule-" + i, "user-" + (i % USERS), text, JobBenchFixtures.T0));
    }
    return rules;
  }

  /**
   * {@code count} rules over {@code tickers} that each place a buy limit at one cent: an order that
   * rests in the order book and no quote reaches. They are ON CLOSE, so the bench's updates (ticks)
   * do not reach them and every update keeps its one dependent rule; a single close of each ticker
   * in the warm-up ({@link JobBenchUpdates#priceUpdates}) places them. What they add is the book
   * each quote checks.
   */
  static List<RuleEvent> resting(int count, List<String> tickers) {
    List<RuleEvent> rules = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String t = tickers.get(i % tickers.size());
      rules.add(
          RuleEvent.create(
              "resting-" + i,
              "user-" + (i % USERS),
              "WHEN price(" + t + ") > 0 THEN BUY 1 " + t + " AT LIMIT 0.01 ONCE ON CLOSE",
              JobBenchFixtures.T0));
    }
    return rules;
  }

  /** One probe rule per ticker: fires once, on the ticker's first update. */
  static List<RuleEvent> probes(List<String> tickers) {
    List<RuleEvent> rules = new ArrayList<>();
    for (int i = 0; i < tickers.size(); i++) {
      String t = tickers.get(i);
      rules.add(
          RuleEvent.create(
              PROBE + i,
              "user-" + (i % USERS),
              "WHEN price(" + t + ") > 0 THEN BUY 1 " + t + " ONCE",
              JobBenchFixtures.T0));
    }
    return rules;
  }

  /**
   * Subject to the number of rules that read it (the router's fan-out), via the job's own
   * definition.
   */
  static Map<String, Integer> fanOut(List<RuleEvent> rules) {
    Map<String, Integer> fanOut = new HashMap<>();
    TickerDirectory directory = TickerDirectory.standard();
    for (RuleEvent event : rules) {
      Rule rule = RuleBook.compile(event, directory::contains, WindowSet.LIVE);
      // The bench's updates are ticks: they reach the ON TICK rules only.
      if (rule.timing() != Timing.TICK) continue;
      for (String subject : RuleBook.subjects(rule)) fanOut.merge(subject, 1, Integer::sum);
    }
    return fanOut;
  }

  static <T> List<T> concat(List<T> first, List<T> last) {
    List<T> all = new ArrayList<>(first);
    all.addAll(last);
    return all;
  }
}
