package com.tweetrade.job.rules;

import com.tweetrade.model.rules.Rule;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Subject (ticker or keyword) to the ids of the rules that read it: what makes routing an update cost
 * the number of dependent rules rather than the number of all rules.
 *
 * <p>Derived data: never checkpointed, rebuilt from the broadcast state after a restore. Rule ids are
 * kept sorted so an update is always sent to its rules in the same order.
 */
final class RuleIndex {
  private final Map<String, TreeSet<String>> rulesBySubject = new HashMap<>();
  private final Map<String, Set<String>> subjectsByRule = new HashMap<>();

  /** Indexes {@code rule} under its subjects, replacing what an older revision had. */
  void put(Rule rule) {
    remove(rule.id());
    Set<String> subjects = RuleBook.subjects(rule);
    subjectsByRule.put(rule.id(), subjects);
    for (String subject : subjects) {
      rulesBySubject.computeIfAbsent(subject, s -> new TreeSet<>()).add(rule.id());
    }
  }

  void remove(String ruleId) {
    Set<String> subjects = subjectsByRule.remove(ruleId);
    if (subjects == null) return;
    for (String subject : subjects) {
      TreeSet<String> ids = rulesBySubject.get(subject);
      ids.remove(ruleId);
      if (ids.isEmpty()) rulesBySubject.remove(subject);
    }
  }

  /** Ids of the rules that read {@code subject}, sorted; empty when none. */
  Set<String> rulesFor(String subject) {
    TreeSet<String> ids = rulesBySubject.get(subject);
    return ids == null ? Collections.emptySet() : ids;
  }

  int ruleCount() {
    return subjectsByRule.size();
  }

  int subjectCount() {
    return rulesBySubject.size();
  }
}
