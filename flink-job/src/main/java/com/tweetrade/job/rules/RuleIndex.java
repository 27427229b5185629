package com.tweetrade.job.rules;

import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.InputKind;
import com.tweetrade.model.rules.Rule;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.Timing;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;

/**
 * Subject (ticker or keyword) to the ids of the rules that read it, per timing: what makes routing
 * an update cost the number of its dependent rules rather than the number of all rules.
 *
 * <p>Derived data: never checkpointed, rebuilt from the broadcast state after a restore. Rule ids
 * are kept sorted so an update is always sent to its rules in the same order.
 */
final class RuleIndex {
  private final Map<String, TreeSet<String>> tickRulesBySubject = new HashMap<>();
  private final Map<String, TreeSet<String>> closeRulesBySubject = new HashMap<>();
  private final Map<String, Set<String>> subjectsByRule = new HashMap<>();
  private final Map<String, Timing> timingByRule = new HashMap<>();
  private final Map<String, Set<String>> inputsByRule = new HashMap<>();

  /** Ticker to the indicator keys ({@code ema:TSLA:12}) its rules read, with how many read each. */
  private final Map<String, Map<String, Integer>> indicatorsByTicker = new HashMap<>();

  /**
   * The index of the rules in broadcast state (after a start or a restore), without those that no
   * longer compile.
   */
  static RuleIndex of(
      ReadOnlyBroadcastState<String, RuleEvent> rules,
      Predicate<String> knownTickers,
      WindowSet windows)
      throws Exception {
    RuleIndex index = new RuleIndex();
    for (Map.Entry<String, RuleEvent> e : rules.immutableEntries()) {
      Rule rule = RuleBook.compileOrNull(e.getValue(), knownTickers, windows);
      if (rule != null) index.put(rule);
    }
    return index;
  }

  /** Indexes {@code rule} under its subjects, replacing what an older revision had. */
  void put(Rule rule) {
    remove(rule.id());
    Set<String> subjects = RuleBook.subjects(rule);
    subjectsByRule.put(rule.id(), subjects);
    timingByRule.put(rule.id(), rule.timing());
    inputsByRule.put(rule.id(), RuleBook.neededInputs(rule));
    rule.condition()
        .inputOperands()
        .forEach(
            input -> {
              if (input.kind().periodic()) {
                indicatorsByTicker
                    .computeIfAbsent(input.subject(), t -> new TreeMap<>())
                    .merge(input.key(), 1, Integer::sum);
              }
            });
    Map<String, TreeSet<String>> index = byTiming(rule.timing());
    for (String subject : subjects) {
      index.computeIfAbsent(subject, s -> new TreeSet<>()).add(rule.id());
    }
  }

  void remove(String ruleId) {
    Set<String> subjects = subjectsByRule.remove(ruleId);
    if (subjects == null) return;
    for (String key : inputsByRule.remove(ruleId)) {
      String ticker = indicatorTicker(key);
      if (ticker == null) continue;
      Map<String, Integer> keys = indicatorsByTicker.get(ticker);
      if (keys == null) continue;
      keys.computeIfPresent(key, (k, n) -> n > 1 ? n - 1 : null);
      if (keys.isEmpty()) indicatorsByTicker.remove(ticker);
    }
    Map<String, TreeSet<String>> index = byTiming(timingByRule.remove(ruleId));
    for (String subject : subjects) {
      TreeSet<String> ids = index.get(subject);
      ids.remove(ruleId);
      if (ids.isEmpty()) index.remove(subject);
    }
  }

  /** The indicator keys of {@code ticker} some rule reads ({@code ema:TSLA:12}), sorted. */
  Set<String> indicatorsOf(String ticker) {
    Map<String, Integer> keys = indicatorsByTicker.get(ticker);
    return keys == null ? Collections.emptySet() : Collections.unmodifiableSet(keys.keySet());
  }

  /** The ticker of an indicator key ({@code ema:TSLA:12}), or null for another key. */
  private static String indicatorTicker(String key) {
    int kindEnd = key.indexOf(':');
    InputKind kind = kindEnd < 0 ? null : InputKind.byFunctionName(key.substring(0, kindEnd));
    return kind != null && kind.periodic()
        ? key.substring(kindEnd + 1, key.lastIndexOf(':'))
        : null;
  }

  /** The input keys rule {@code ruleId} needs ({@link RuleBook#neededInputs}), or null. */
  Set<String> inputsOf(String ruleId) {
    return inputsByRule.get(ruleId);
  }

  /** Ids of the rules of {@code timing} that read {@code subject}, sorted; empty when none. */
  Set<String> rulesFor(String subject, Timing timing) {
    TreeSet<String> ids = byTiming(timing).get(subject);
    return ids == null ? Collections.emptySet() : ids;
  }

  /**
   * Ids of the rules {@code update} goes to, sorted; empty when none. A tick goes to the {@code ON
   * TICK} rules of its subject, a ticker's pane close to the {@code ON CLOSE} rules, a keyword's
   * pane close to both. The one routing decision: the router sends by it, the rule inputs emit only
   * what it routes.
   */
  Set<String> rulesFor(InputUpdate update) {
    return !update.closed()
        ? rulesFor(update.subject(), Timing.TICK)
        : update.keyword() ? rulesFor(update.subject()) : rulesFor(update.subject(), Timing.CLOSE);
  }

  /** Ids of all rules that read {@code subject}, sorted; empty when none. */
  Set<String> rulesFor(String subject) {
    Set<String> tick = rulesFor(subject, Timing.TICK);
    Set<String> close = rulesFor(subject, Timing.CLOSE);
    if (tick.isEmpty()) return close;
    if (close.isEmpty()) return tick;
    TreeSet<String> all = new TreeSet<>(tick);
    all.addAll(close);
    return all;
  }

  int ruleCount() {
    return subjectsByRule.size();
  }

  int subjectCount() {
    Set<String> subjects = new java.util.HashSet<>(tickRulesBySubject.keySet());
    subjects.addAll(closeRulesBySubject.keySet());
    return subjects.size();
  }

  private Map<String, TreeSet<String>> byTiming(Timing timing) {
    return timing == Timing.CLOSE ? closeRulesBySubject : tickRulesBySubject;
  }
}
