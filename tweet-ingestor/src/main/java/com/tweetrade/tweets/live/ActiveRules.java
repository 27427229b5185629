package com.tweetrade.tweets.live;

import com.tweetrade.model.rules.RuleEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules that are active now (created or resumed, not paused or deleted) and the track terms
 * they need, rebuilt from the compacted rules topic with the Flink job's rules.
 *
 * <p>Applies events as the job's {@code RuleBook} does: an event whose revision is not newer than
 * the one held for its rule is ignored; a rule event that does not compile is skipped with a
 * warning and leaves the held revision of that rule (and so its terms) in force; a delete removes
 * the rule, and its last revision is remembered so that a late, older event cannot bring it back.
 * Not thread-safe.
 */
public final class ActiveRules {
  private static final Logger LOG = LoggerFactory.getLogger(ActiveRules.class);

  private final RuleKeywords keywords;
  private final Map<String, Long> revisions = new HashMap<>();
  private final Map<String, Set<String>> termsByRule = new HashMap<>();

  /** Compiles rules against the standard ticker directory, as the job does. */
  public ActiveRules() {
    this(new RuleKeywords());
  }

  public ActiveRules(RuleKeywords keywords) {
    this.keywords = keywords;
  }

  /** Applies one event; returns whether the set of track terms may have changed. */
  public boolean apply(RuleEvent event) {
    if (!event.hasSupportedSchema()) {
      LOG.warn(
          "skipping rule {} revision {}: schema {} is newer than this ingestor knows",
          event.ruleId(),
          event.revision(),
          event.schemaVersion());
      return false;
    }
    Long held = revisions.get(event.ruleId());
    if (held != null && event.revision() <= held) return false;
    if (event.type() == RuleEvent.Type.DELETE) {
      revisions.put(event.ruleId(), event.revision());
      return termsByRule.remove(event.ruleId()) != null;
    }
    Set<String> now;
    try {
      now = keywords.of(event);
    } catch (IllegalArgumentException e) {
      LOG.warn(
          "skipping rule {} revision {}: it does not compile ({}); the job skips it too",
          event.ruleId(),
          event.revision(),
          e.getMessage());
      return false;
    }
    revisions.put(event.ruleId(), event.revision());
    Set<String> before =
        event.paused() ? termsByRule.remove(event.ruleId()) : termsByRule.put(event.ruleId(), now);
    return event.paused() ? before != null : !now.equals(before);
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

  /** Number of active rules. */
  public int size() {
    return termsByRule.size();
  }
}
