package com.tweetrade.model.rules;

import com.tweetrade.model.WindowSet;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Parsed rule texts, shared by every caller in this JVM.
 *
 * <p>A Flink TaskManager compiles every rule once per parallel instance of every operator that
 * holds the rules (rule inputs, keyword fan-out, router, evaluation: ten instances at parallelism
 * 2), and a parse takes 10-50 microseconds: loading 100,000 rules spent most of its time here
 * (issue 14). A definition is an immutable record, so one parse can serve them all. Entries go when
 * no rule event holds their text any more (weak keys); validation against the caller's tickers is
 * done on each call, and any problem is found again by a full parse, so errors are exactly those of
 * {@link RuleParser#parse}.
 */
final class ParsedRules {
  private static final Map<WindowSet, Map<String, RuleDefinition>> BY_WINDOWS_AND_TEXT =
      new ConcurrentHashMap<>();

  private ParsedRules() {}

  static RuleDefinition parse(String text, Predicate<String> knownTickers, WindowSet windows) {
    if (text == null) return RuleParser.parse(null, knownTickers, windows);
    Map<String, RuleDefinition> byText =
        BY_WINDOWS_AND_TEXT.computeIfAbsent(
            windows, w -> Collections.synchronizedMap(new WeakHashMap<>()));
    RuleDefinition definition = byText.get(text);
    if (definition == null) {
      try {
        definition = RuleParser.parse(text, null, windows);
      } catch (RuleParseException e) {
        // The first problem left to right may be an unknown ticker before this one.
        return RuleParser.parse(text, knownTickers, windows);
      }
      byText.put(text, definition);
    }
    if (knownTickers != null && !allKnown(definition, knownTickers)) {
      return RuleParser.parse(text, knownTickers, windows); // throws the parser's own message
    }
    return definition;
  }

  /** Every ticker the text names (read, traded, or as a cashtag) satisfies {@code knownTickers}. */
  private static boolean allKnown(RuleDefinition definition, Predicate<String> knownTickers) {
    if (definition.trades() && !knownTickers.test(definition.tradedTicker())) return false;
    for (String ticker : definition.tickers()) if (!knownTickers.test(ticker)) return false;
    for (String keyword : definition.keywords()) {
      if (keyword.startsWith("$") && !knownTickers.test(keyword.substring(1).replace('.', '-'))) {
        return false;
      }
    }
    return true;
  }
}
