package com.tweetrade.model.rules;

import com.tweetrade.model.WindowSet;
import com.tweetrade.model.tickers.TickerDirectory;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one entry point for compiling rule texts: parse, then validate against the known tickers.
 *
 * <p>Compiling a typical rule takes microseconds, so the UI may call {@link #check} on each
 * keystroke and the job may compile on every rule event.
 */
public final class RuleLanguage {
  private RuleLanguage() {}

  /** Compiles against {@link TickerDirectory#standard()}. */
  public static RuleDefinition compile(String text) {
    return compile(text, standardTickers());
  }

  /**
   * Compiles {@code text}; every ticker (and cashtag) must satisfy {@code knownTickers}, or null to
   * accept any well-formed symbol.
   *
   * @throws RuleParseException the first problem, left to right
   */
  public static RuleDefinition compile(String text, Predicate<String> knownTickers) {
    return ParsedRules.parse(text, knownTickers, WindowSet.LIVE);
  }

  /**
   * Compiles {@code text} for a source that serves {@code windows} (the other forms: the live
   * job's): a window it cannot serve is an {@code UNSUPPORTED_WINDOW} error naming the source.
   *
   * @throws RuleParseException the first problem, left to right
   */
  public static RuleDefinition compile(
      String text, Predicate<String> knownTickers, WindowSet windows) {
    return ParsedRules.parse(text, knownTickers, windows);
  }

  /** The first problem of {@code text}, or empty when it compiles. Never throws. */
  public static Optional<RuleParseException> check(String text, Predicate<String> knownTickers) {
    try {
      compile(text, knownTickers);
      return Optional.empty();
    } catch (RuleParseException e) {
      return Optional.of(e);
    }
  }

  /** {@link TickerDirectory#standard()} as a predicate. */
  public static Predicate<String> standardTickers() {
    return TickerDirectory.standard()::contains;
  }
}
