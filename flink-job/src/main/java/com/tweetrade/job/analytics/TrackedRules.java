package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.TrackedRule;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.sentiment.KeywordMatcher;
import java.util.Map;
import java.util.TreeSet;
import org.apache.flink.api.common.state.BroadcastState;

/**
 * Applies rule events to the fan-out's broadcast state, and derives the keyword matcher from it.
 *
 * <p>Deterministic: every parallel instance applies the same events in the same order and so holds
 * the same state. Events whose revision is not newer than the one held are ignored (replays,
 * duplicates).
 */
public final class TrackedRules {
  private TrackedRules() {}

  /**
   * Applies {@code event}, compiled for {@code windows}; returns whether the tracked keywords may
   * have changed.
   */
  public static boolean apply(
      BroadcastState<String, TrackedRule> state, RuleEvent event, WindowSet windows)
      throws Exception {
    TrackedRule held = state.get(event.ruleId());
    if (held != null && event.revision() <= held.revision()) return false;
    if (event.type() == RuleEvent.Type.DELETE) {
      // The compacted topic keeps one partition per rule id, so no older event can follow a delete.
      state.remove(event.ruleId());
      return held != null;
    }
    state.put(
        event.ruleId(),
        new TrackedRule(
            event.revision(), !event.paused(), RuleKeywords.extract(event.text(), windows)));
    return true;
  }

  /** A matcher for the plain keywords of all active rules; cashtags are matched separately. */
  public static KeywordMatcher matcher(Iterable<Map.Entry<String, TrackedRule>> rules) {
    TreeSet<String> keywords = new TreeSet<>();
    for (Map.Entry<String, TrackedRule> e : rules) {
      if (!e.getValue().active()) continue;
      for (String k : e.getValue().keywords()) {
        if (!k.startsWith("$")) keywords.add(k);
      }
    }
    return KeywordMatcher.of(keywords);
  }
}
