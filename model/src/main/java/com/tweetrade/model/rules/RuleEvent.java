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

  /** A new rule at revision 1. */
  public static RuleEvent create(String ruleId, String userId, String text, long timestamp) {
    return new RuleEvent(CURRENT_SCHEMA, Type.CREATE, ruleId, userId, text, false, 1, timestamp);
  }

  /** New text for a rule; keeps its paused flag. */
  public static RuleEvent update(
      String ruleId, String userId, String text, boolean paused, long revision, long timestamp) {
    return new RuleEvent(CURRENT_SCHEMA, Type.UPDATE, ruleId, userId, text, paused, revision, timestamp);
  }

  /** Stops evaluating a rule; carries the text so the event alone rebuilds the rule. */
  public static RuleEvent pause(String ruleId, String userId, String text, long revision, long timestamp) {
    return new RuleEvent(CURRENT_SCHEMA, Type.PAUSE, ruleId, userId, text, true, revision, timestamp);
  }

  /** Evaluates a paused rule again. */
  public static RuleEvent resume(String ruleId, String userId, String text, long revision, long timestamp) {
    return new RuleEvent(CURRENT_SCHEMA, Type.RESUME, ruleId, userId, text, false, revision, timestamp);
  }

  /** Removes a rule; the producer may follow it with a tombstone (null value) for compaction. */
  public static RuleEvent delete(String ruleId, String userId, long revision, long timestamp) {
    return new RuleEvent(CURRENT_SCHEMA, Type.DELETE, ruleId, userId, null, false, revision, timestamp);
  }

  /**
   * Whether this reader understands the event: its schema is not newer than {@link #CURRENT_SCHEMA}.
   * (Not named {@code isX}: Jackson would write that as a JSON field.)
   */
  public boolean hasSupportedSchema() {
    return schemaVersion >= 1 && schemaVersion <= CURRENT_SCHEMA;
  }

  /** Whether the event describes a rule (every type but DELETE). */
  public boolean carriesRule() {
    return type != Type.DELETE;
  }

  /** The kinds of change a user can make. */
  public enum Type {
    CREATE,
    UPDATE,
    PAUSE,
    RESUME,
    DELETE
  }
}
