package com.tweetrade.web.rules;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The texts of the caller's rules by id, for a page that names the rule behind each row. One per
 * view, used on its UI thread only.
 */
public final class RuleTexts {
  private final RuleService rules;
  private final Map<String, String> byId = new HashMap<>();

  public RuleTexts(RuleService rules) {
    this.rules = rules;
  }

  /** The text of rule {@code ruleId}, or the id itself when the caller has no such rule. */
  public String of(String ruleId) {
    return byId.getOrDefault(ruleId, ruleId);
  }

  /** Forgets what it held and reads the caller's rules again. */
  public void reload() {
    byId.clear();
    read();
  }

  /**
   * Reads the caller's rules again when one of {@code ruleIds} is new to it (a rule made since).
   */
  public void readIfUnknown(Collection<String> ruleIds) {
    if (!byId.keySet().containsAll(ruleIds)) read();
  }

  private void read() {
    for (Rule rule : rules.listMine()) byId.put(rule.ruleId(), rule.text());
  }
}
