package com.tweetrade.web.backtest;

import com.tweetrade.model.Window;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.RuleLanguage;
import com.tweetrade.model.rules.RuleParseException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One backtest as the user asked for it: the rule draft as typed, the history and range (UTC days,
 * both included) and the starting cash in dollars.
 */
public record BacktestRequest(
    String ruleText,
    BacktestSource source,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable Double capital) {

  /**
   * Every window of the language: which ones a source serves is the command's to say (one line,
   * exit code 2), so the UI keeps no copy of each source's list. With bars, so indicators pass here
   * too (a source without them refuses them the same way).
   */
  private static final WindowSet ANY_WINDOW =
      new WindowSet("any source", List.of(Window.values()), java.time.Duration.ofDays(1));

  /** Why the request cannot run, checked before any process starts; empty when it can. */
  public Optional<String> problem() {
    if (ruleText.isBlank()) return Optional.of("Write a rule first: the draft is empty.");
    try {
      RuleLanguage.compile(ruleText, RuleLanguage.standardTickers(), ANY_WINDOW);
    } catch (RuleParseException e) {
      return Optional.of("The rule does not parse: " + e.getMessage());
    }
    if (from == null || to == null) return Optional.of("Choose the first and the last day.");
    if (from.isAfter(to)) {
      return Optional.of("The first day (" + from + ") is after the last (" + to + ").");
    }
    if (capital == null || !(capital > 0)) {
      return Optional.of("The capital must be more than $0.");
    }
    return Optional.empty();
  }

  /** The arguments after {@code backtest}, one list element each: nothing goes through a shell. */
  List<String> arguments(String outDir) {
    return List.of(
        "--rule",
        ruleText,
        "--source",
        source.flag(),
        "--from",
        String.valueOf(from),
        "--to",
        String.valueOf(to),
        "--capital",
        String.format(Locale.ROOT, "%.2f", capital),
        "--out",
        outDir);
  }
}
