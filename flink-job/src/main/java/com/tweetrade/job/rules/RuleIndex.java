package com.tweetrade.job.rules;

import com.tweetrade.model.rules.Rule;
import com.tweetrade.model.rules.Timing;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Subject (ticker or keyword) to the ids of the rules that read it, per timing: what makes routing an
 * update cost the number of its dependent rules rather than the number of all rules.
 *
 * <p>Derived data: never checkpointed, rebuilt from the broadcast state after a restore. Rule ids are
 * kept sorted so an update is always sent to its rules in the same order.
 */
final class RuleIndex {
  private final Map<String, TreeSet<String>> tickRulesBySubject = new HashMap<>();
  private final Map<String, TreeSet<String>> closeRulesBySubject = new HashMap<>();
  private final Map<String, Set<String>> subjectsByRule = new HashMap<>();
  private final Map<String, Timing> timingByRule = new HashMap<>();

  /** Indexes {@code rule} under its subjects, replacing what an older revision had. */
  void put(Rule rule) {
    remove(rule.id());
    Set<String> subjects = RuleBook.subjects(rule);
    subjectsByRule.put(rule.id(), subjects);
    timingByRule.put(rule.id(), rule.timing());
    Map<String, TreeSet<String>> index = byTiming(rule.timing());
    for (String subject : subjects) {
      index.computeIfAbsent(subject, s -> new TreeSet<>()).add(rule.id());
    }
  }

  void remove(String ruleId) {
    Set<String> subjects = subjectsByRule.remove(ruleId);
    if (subjects == null) return;
    Map<String, TreeSet<String>> index = byTiming(timingByRule.remove(ruleId));
    for (String subject : subjects) {
      TreeSet<String> ids = index.get(subject);
      ids.remove(ruleId);
      if (ids.isEmpty()) index.remove(subject);
    }
  }

  /** Ids of the rules of {@code timing} that read {@code subject}, sorted; empty when none. */
  Set<String> rulesFor(String subject, Timing timing) {
    TreeSet<String> ids = byTiming(timing).get(subject);
    return ids == null ? Collections.emptySet() : ids;
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
