package com.tweetrade.job.migrate;

import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.StoredRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code migrate apply} writes: the rules of the new savepoint, and the changed rules to
 * republish to {@code userLogic} and the rules topic. Pure, so it is planned (and shown by {@code
 * --dry-run}) before anything is written.
 *
 * <p>A rule changed in {@code userLogic} after the savepoint was taken (a higher revision there) is
 * migrated from that newer revision, and the new savepoint holds the result: the restored job reads
 * the user's intermediate events from the topic and ignores them as older, so savepoint, topic and
 * table agree on one revision. A rule deleted since the savepoint is left as it is, so the topic's
 * DELETE (of a higher revision) still removes it when the job restores.
 *
 * <p>{@code userLogic} keeps no schema version, so that newer row is read at the schema of the
 * savepoint's revision of the rule: it was written by the web UI that ran until the migration, and
 * the web UI that writes a newer schema is deployed after the migration that brings the stored
 * rules to it (docs/operations.md). Read as the current schema instead, a schema 2 text edited
 * after the savepoint would be taken for an {@code ON TICK} rule: {@code rules-v2-to-v3} would
 * leave it out, and {@code rename-keyword} would drop its timing.
 *
 * @param savepointRules the rules of the new savepoint, in the order of the source savepoint
 * @param changes the migrated rules, each with the row it replaces (null when the table had none)
 * @param notes one line per rule whose plan departs from the plain case, for the operator
 */
public record MigrationPlan(
    List<RuleEvent> savepointRules, List<Change> changes, List<String> notes) {

  /**
   * One migrated rule: {@code before} (from the savepoint or the newer table row) becomes {@code
   * after}.
   */
  public record Change(RuleEvent before, RuleEvent after, StoredRule stored) {}

  /**
   * Plans {@code migration} over the rules {@code held} in a savepoint, given the {@code stored}
   * rows of {@code userLogic} by rule id (empty when not republishing).
   */
  public static MigrationPlan of(
      RuleMigration migration,
      Map<String, String> params,
      List<RuleEvent> held,
      Map<String, StoredRule> stored) {
    List<RuleEvent> savepoint = new ArrayList<>(held.size());
    List<Change> changes = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (RuleEvent rule : held) {
      StoredRule row = stored.get(rule.ruleId());
      RuleEvent base = rule;
      if (row != null && row.deleted()) {
        notes.add(rule.ruleId() + ": deleted in userLogic (r" + row.revision() + "): not migrated");
        savepoint.add(rule);
        continue;
      }
      if (row != null && row.revision() > rule.revision() && row.isLive()) {
        base = row.stateEvent(rule.schemaVersion());
        notes.add(
            rule.ruleId()
                + ": changed since the savepoint (r"
                + rule.revision()
                + " there, r"
                + row.revision()
                + " in userLogic): migrating r"
                + row.revision());
      }
      RuleEvent after = migration.apply(base, params);
      if (after.equals(base)) {
        savepoint.add(rule);
      } else {
        savepoint.add(after);
        changes.add(new Change(base, after, row));
      }
    }
    return new MigrationPlan(List.copyOf(savepoint), List.copyOf(changes), List.copyOf(notes));
  }
}
