package com.tweetrade.job.backtest;

import com.tweetrade.job.backtest.BacktestCommand.BadInput;
import com.tweetrade.job.backtest.RecordedHistory.Family;
import com.tweetrade.model.Window;
import com.tweetrade.model.rules.InputKind;
import com.tweetrade.model.rules.RuleDefinition;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.Timing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A recorded backtest's rules: compiled for the stored windows, with the partitions they read (per
 * ticker and keyword, the windows) and the family of stored series they need.
 *
 * @param events the rules as the job gets them, {@code rule-1}, {@code rule-2}, ...
 * @param tickers ticker to the windows the rules read of it (the traded tickers too)
 * @param keywords keyword to the windows the rules read of it
 * @param family the stored series (live minutes or StockNet days) the rules read; null when they
 *     read no window (prices only): then either
 * @param warnings what the user should know about how the rules are decided
 */
record RecordedRules(
    List<RuleEvent> events,
    Map<String, Set<Window>> tickers,
    Map<String, Set<Window>> keywords,
    Family family,
    List<String> warnings) {

  /**
   * Compiles {@code texts}; bad rules, a window no stored series has, {@code fsentiment} and rules
   * that mix minute and day windows are {@link BadInput}.
   *
   * @param start the rules' timestamp (just before the range)
   */
  static RecordedRules of(List<String> texts, long start) {
    List<RuleEvent> events = new ArrayList<>();
    Map<String, Set<Window>> tickers = new TreeMap<>();
    Map<String, Set<Window>> keywords = new TreeMap<>();
    Set<Window> windows = new TreeSet<>();
    List<String> warnings = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String given = texts.get(i);
      String id = "rule-" + (i + 1);
      RuleDefinition rule = BacktestCommand.compile(given, RecordedHistory.WINDOWS);
      rule.condition()
          .forEachInput(
              input -> {
                if (input.kind() == InputKind.FSENTIMENT) {
                  throw new BadInput(
                      "rule '"
                          + given
                          + "' is refused: fsentiment is not stored, so the recorded source"
                          + " cannot serve it (use --source stocknet)");
                }
                Map<String, Set<Window>> subjects =
                    input.kind().subject() == InputKind.Subject.TICKER ? tickers : keywords;
                Set<Window> read = subjects.computeIfAbsent(input.subject(), s -> new TreeSet<>());
                if (input.kind().windowed()) {
                  read.add(input.window());
                  windows.add(input.window());
                }
              });
      if (rule.trades()) tickers.computeIfAbsent(rule.tradedTicker(), s -> new TreeSet<>());
      String text = given;
      if (rule.timing() == Timing.TICK) {
        text = rule.withTiming(Timing.CLOSE).toText();
        warnings.add(
            id
                + " is ON TICK: recorded history holds the windows at pane closes only, so it is"
                + " decided at each pane close, as ON CLOSE");
      }
      events.add(RuleEvent.create(id, "backtest", text, start));
    }
    return new RecordedRules(events, tickers, keywords, family(windows), warnings);
  }

  /** The family whose windows the rules read; null when they read none. */
  private static Family family(Set<Window> windows) {
    List<Window> live = new ArrayList<>();
    List<Window> days = new ArrayList<>();
    for (Window w : windows) (Family.LIVE.windows().contains(w) ? live : days).add(w);
    if (!live.isEmpty() && !days.isEmpty()) {
      throw new BadInput(
          "the rules read windows of the live job ("
              + String.join(", ", live.stream().map(Window::label).toList())
              + ") and of the StockNet import ("
              + String.join(", ", days.stream().map(Window::label).toList())
              + "): a recorded backtest reads one of the two");
    }
    if (live.isEmpty() && days.isEmpty()) return null;
    return days.isEmpty() ? Family.LIVE : Family.DAYS;
  }
}
