package com.tweetrade.model.rules;

/**
 * A change to a user's rule, as carried on the compacted rules topic keyed by {@code ruleId}.
 *
 * <p>Every event carries the whole rule (text and state), so the latest event of a key is enough
 * to rebuild it after compaction. {@code DELETE} carries no text. {@code revision} grows by one per
 * change of a rule; consumers ignore an event whose revision is not newer than the one they hold.
 *
 * @param schemaVersion version of this event's JSON shape, {@link #CURRENT_SCHEMA}
 * @param type what happened
 * @param ruleId stable id of the rule
 * @param userId the owner
 * @param text the rule in the rule language, {@code null} for DELETE
 * @param paused whether the rule is paused after this change
 * @param revision per-rule change counter, starting at 1
 * @param timestamp epoch milliseconds of the change
 */
public record RuleEvent(
    int schemaVersion,
    Type type,
    String ruleId,
    String userId,
    String text,
    boolean paused,
    long revision,
    long timestamp) {

  public static final int CURRENT_SCHEMA = 1;

  /** The kinds of change a user can make. */
  public enum Type {
    CREATE,
    UPDATE,
    PAUSE,
    RESUME,
    DELETE
  }
}
