package com.tweetrade.job.rules;

import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.InputKeys;
import com.tweetrade.model.rules.Rule;
import com.tweetrade.model.rules.RuleEvent;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.flink.api.common.state.BroadcastState;

/**
 * The broadcast-side logic that the routing and the evaluation functions share: applies a rule
 * event to the broadcast state of rules, and compiles what it holds.
 *
 * <p>Deterministic: it reads only the event and the state, so every parallel instance of both
 * functions, applying the same events in the same order, holds the same rules. The state keeps the
 * last {@link RuleEvent} of each rule, not the compiled rule: events are flat records that
 * serialize without Kryo and carry their schema version, so savepoints survive changes of the rule
 * model.
 */
public final class RuleBook {
  private RuleBook() {}

  /**
   * Applies {@code event} to {@code rules}; compiles it against {@code knownTickers} and the job's
   * {@code windows}.
   */
  public static RuleChange apply(
      BroadcastState<String, RuleEvent> rules,
      RuleEvent event,
      Predicate<String> knownTickers,
      WindowSet windows)
      throws Exception {
    RuleEvent held = rules.get(event.ruleId());
    if (held != null && !held.userId().equals(event.userId())) {
      // A rule id is bound to the user who created it, until that user deletes it: anyone who can
      // write to the rules topic must not take over (or delete) another user's rule by its id.
      return RuleChange.invalid(
          event.ruleId(),
          "rule "
              + event.ruleId()
              + " belongs to another user; an event"
              + " from user '"
              + event.userId()
              + "' cannot change its owner");
    }
    if (held != null && event.revision() <= held.revision()) {
      return RuleChange.of(RuleChange.Kind.STALE, event.ruleId());
    }
    if (event.type() == RuleEvent.Type.DELETE) {
      if (held == null) return RuleChange.of(RuleChange.Kind.STALE, event.ruleId());
      rules.remove(event.ruleId());
      return RuleChange.of(RuleChange.Kind.REMOVED, event.ruleId());
    }
    Rule rule;
    try {
      rule = compile(event, knownTickers, windows);
    } catch (IllegalArgumentException e) {
      return RuleChange.invalid(
          event.ruleId(),
          "rule "
              + event.ruleId()
              + " revision "
              + event.revision()
              + " does not compile: "
              + e.getMessage());
    }
    rules.put(event.ruleId(), event);
    return RuleChange.stored(rule);
  }

  /**
   * The rule an event describes; throws {@link IllegalArgumentException} (a {@code
   * RuleParseException} for bad text).
   */
  public static Rule compile(RuleEvent event, Predicate<String> knownTickers, WindowSet windows) {
    if (event.userId() == null || event.userId().isBlank()) {
      throw new IllegalArgumentException("rule event without userId");
    }
    return Rule.fromEvent(event, knownTickers, windows);
  }

  /**
   * The rule a stored event describes, or null if it no longer compiles (the ticker directory of a
   * new job version may lack a ticker); such a rule is kept in state but not evaluated.
   */
  public static Rule compileOrNull(
      RuleEvent event, Predicate<String> knownTickers, WindowSet windows) {
    try {
      return compile(event, knownTickers, windows);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The subjects whose updates a rule needs: the tickers and keywords its condition reads, and the
   * ticker it trades (a market order is priced at that ticker's last price), if it trades.
   */
  public static Set<String> subjects(Rule rule) {
    Set<String> subjects = new LinkedHashSet<>(rule.tickers());
    subjects.addAll(rule.keywords());
    if (rule.trades()) subjects.add(rule.tradedTicker());
    return subjects;
  }

  /**
   * The input keys a rule's evaluation keeps: what its condition reads, and the last price of the
   * ticker it trades (if it trades). An update carries every input of its subject (twenty-odd keys
   * for a ticker); a rule reads two or three of them.
   */
  public static Set<String> neededInputs(Rule rule) {
    Set<String> keys = new HashSet<>(rule.inputs());
    if (rule.trades()) keys.add(InputKeys.price(rule.tradedTicker()));
    return Set.copyOf(keys);
  }
}
