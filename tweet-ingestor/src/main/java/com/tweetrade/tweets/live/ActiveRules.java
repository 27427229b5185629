package com.tweetrade.tweets.live;

import com.tweetrade.model.rules.RuleEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules that are active now (created or resumed, not paused or deleted) and the track terms
 * they need, rebuilt from the compacted rules topic.
 *
 * <p>An event whose revision is not newer than the one held for its rule is ignored, as the
 * {@link RuleEvent} contract says. Deleted rules keep their last revision so that a late, older
 * event cannot bring them back. Not thread-safe.
 */
public final class ActiveRules {
  private final Map<String, Long> revisions = new HashMap<>();
  private final Map<String, Set<String>> termsByRule = new HashMap<>();

  /** Applies one event; returns whether the set of track terms may have changed. */
  public boolean apply(RuleEvent event) {
    // a newer producer's shape: do not guess its meaning
    if (event.schemaVersion() < 1 || event.schemaVersion() > RuleEvent.CURRENT_SCHEMA) return false;
    Long held = revisions.get(event.ruleId());
    if (held != null && event.revision() <= held) return false;
    revisions.put(event.ruleId(), event.revision());
    boolean active = event.type() != RuleEvent.Type.DELETE && !event.paused() && event.text() != null;
    Set<String> before = termsByRule.get(event.ruleId());
    if (active) {
      Set<String> now = RuleKeywords.of(event.text());
      termsByRule.put(event.ruleId(), now);
      return !now.equals(before);
    }
    return termsByRule.remove(event.ruleId()) != null;
  }

  /** A Kafka tombstone (null value) for the rule: compaction removed it. */
  public boolean remove(String ruleId) {
    return termsByRule.remove(ruleId) != null;
  }

  public Set<String> terms() {
    Set<String> all = new TreeSet<>();
    termsByRule.values().forEach(all::addAll);
    return all;
  }

  public int size() {
    return termsByRule.size();
  }
}
