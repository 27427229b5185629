package com.tweetrade.job.migrate;

import com.tweetrade.model.rules.RuleEvent;
import java.util.Map;

/**
 * {@code rules-v1-to-v2}: rewrites every rule of schema 1 as schema 2, with the field schema 2
 * added, {@code expiresAt}, set to its default {@link RuleEvent#GOOD_TILL_CANCELLED} (what a schema
 * 1 rule meant: it lives until deleted).
 *
 * <p>Readers already fill that default when they meet schema 1 (JSON and savepoint state), so the
 * job behaves the same before and after; the migration makes the stored rules say so explicitly, so
 * every store (savepoint, rules topic, {@code userLogic}) holds schema 2 and a later model may drop
 * its schema 1 reading. A changed rule becomes an UPDATE at the next revision with the same text,
 * so the job keeps its trigger (it restarts a trigger only when the canonical text changes). Rules
 * already of schema 2 or later are left as they are: applying it twice changes nothing.
 *
 * <p>It writes schema 2 exactly, not the current schema: the same text as schema 3 would mean
 * {@code ON TICK}, while a schema 2 rule is decided {@code ON CLOSE} like the schema 1 rule it was.
 * {@link RulesV2ToV3Migration} takes schema 1 and 2 rules on to schema 3. The expiry is kept as
 * read: {@code null} for every event written as schema 1; a {@code userLogic} row edited after the
 * savepoint may carry one ({@link MigrationPlan}).
 */
public final class RulesV1ToV2Migration implements RuleMigration {
  public static final String NAME = "rules-v1-to-v2";

  /** The schema it writes. */
  static final int SCHEMA = 2;

  @Override
  public RuleEvent apply(RuleEvent event, Map<String, String> params) {
    if (!event.carriesRule() || event.schemaVersion() >= SCHEMA) return event;
    return new RuleEvent(
        SCHEMA,
        RuleEvent.Type.UPDATE,
        event.ruleId(),
        event.userId(),
        event.text(),
        event.paused(),
        event.revision() + 1,
        event.timestamp(),
        event.expiresAt());
  }

  @Override
  public About about() {
    return new About(
        NAME,
        1,
        "no parameters: schema 1 rules become schema 2 with expiresAt=null (good till"
            + " cancelled), new revision");
  }
}
