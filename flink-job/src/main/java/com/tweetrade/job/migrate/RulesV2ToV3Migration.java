package com.tweetrade.job.migrate;

import com.tweetrade.model.rules.Rule;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.RuleParseException;
import com.tweetrade.model.rules.Timing;
import java.util.Map;

/**
 * {@code rules-v2-to-v3}: rewrites every rule of schema 1 or 2 as schema 3 with an explicit {@code
 * ON CLOSE}, the timing it has always had.
 *
 * <p>Schema 3 lets a rule text say when it is decided, and a text without a clause means {@code ON
 * TICK}. Rules written before that were all decided on closed panes; readers already compile an
 * event of schema 1 or 2 {@code ON CLOSE} ({@link Rule#fromEvent}), so the job behaves the same
 * before and after. The migration makes every store (savepoint, rules topic, {@code userLogic}) say
 * so in the text, so that a later change through the web UI, which writes the current schema, keeps
 * the rule on closed panes. The new text is the canonical {@link Rule#toText()} of the compiled
 * rule, which the job also compares to decide whether a trigger restarts: old and new compile to
 * the same text, so every trigger carries on. A changed rule becomes an UPDATE at the next revision
 * (owner, paused flag, timestamp and expiry kept). Rules already of schema 3 are left as they are:
 * applying it twice changes nothing. Schema 1 rules need no {@code rules-v1-to-v2} first: their
 * expiry reads as {@link RuleEvent#GOOD_TILL_CANCELLED} and is written as such.
 */
public final class RulesV2ToV3Migration implements RuleMigration {
  public static final String NAME = "rules-v2-to-v3";

  @Override
  public RuleEvent apply(RuleEvent event, Map<String, String> params) {
    if (!event.carriesRule() || event.schemaVersion() >= RuleEvent.TIMING_SCHEMA) return event;
    Rule rule;
    try {
      rule = Rule.fromEvent(event, null);
    } catch (RuleParseException e) {
      // Not a rule the job runs (it skipped that revision too); the user's next edit replaces it.
      return event;
    }
    String text = rule.definition().withTiming(Timing.CLOSE).toText();
    return event.updated(text, event.revision() + 1);
  }

  @Override
  public About about() {
    return new About(
        NAME,
        1,
        "no parameters: schema 1 and 2 rules become schema 3 with an explicit ON CLOSE (what"
            + " they did), new revision");
  }
}
