package com.tweetrade.model.rules;

/**
 * A change to a user's rule, as carried on the compacted rules topic keyed by {@code ruleId}.
 *
 * <p>Every event carries the whole rule (text and state), so the latest event of a key is enough to
 * rebuild it after compaction. {@code DELETE} carries no text. {@code revision} grows by one per
 * change of a rule; consumers ignore an event whose revision is not newer than the one they hold.
 *
 * @param schemaVersion version of this event's JSON shape, {@link #CURRENT_SCHEMA}
 * @param type what happened
 * @param ruleId stable id of the rule
 * @param userId the owner
 * @param text the rule in the rule language, {@code null} for DELETE; before schema 3 without a
 *     timing clause and decided {@code ON CLOSE}
 * @param paused whether the rule is paused after this change
 * @param revision per-rule change counter, starting at 1
 * @param timestamp epoch milliseconds of the change
 * @param expiresAt since schema 2: epoch milliseconds of event time from which the rule no longer
 *     fires, or {@code null} ({@link #GOOD_TILL_CANCELLED}, the default) for a rule that lives
 *     until deleted
 */
public record RuleEvent(
    int schemaVersion,
    Type type,
    String ruleId,
    String userId,
    String text,
    boolean paused,
    long revision,
    long timestamp,
    Long expiresAt) {

  /**
   * The schema this model writes.
   *
   * <ul>
   *   <li>Schema 2 added {@link #expiresAt}. Schema 1 events (JSON without the field, savepoint
   *       state written by model v1) read as {@link #GOOD_TILL_CANCELLED}, which is what they
   *       meant.
   *   <li>Schema 3 ({@link #TIMING_SCHEMA}) changed the meaning of {@link #text}: it may end with
   *       {@code ON TICK} or {@code ON CLOSE}, and no clause means {@code ON TICK}. Events of
   *       schema 1 and 2 were written when every rule was decided on closed panes, so {@link
   *       Rule#fromEvent} compiles them {@code ON CLOSE} ({@code migrate apply rules-v2-to-v3}
   *       rewrites stored rules so). The JSON shape did not change.
   * </ul>
   */
  public static final int CURRENT_SCHEMA = 3;

  /**
   * The first schema whose {@link #text} carries the rule's {@link Timing}: an event of an older
   * schema is decided {@code ON CLOSE} whatever its text says.
   */
  public static final int TIMING_SCHEMA = 3;

  /** The {@link #expiresAt} of a rule that never expires: the default, and all schema 1 rules. */
  public static final Long GOOD_TILL_CANCELLED = null;

  /** An event without expiry, as of schema 1 (kept so that code written for schema 1 compiles). */
  public RuleEvent(
      int schemaVersion,
      Type type,
      String ruleId,
      String userId,
      String text,
      boolean paused,
      long revision,
      long timestamp) {
    this(
        schemaVersion,
        type,
        ruleId,
        userId,
        text,
        paused,
        revision,
        timestamp,
        GOOD_TILL_CANCELLED);
  }

  /** A new rule at revision 1. */
  public static RuleEvent create(String ruleId, String userId, String text, long timestamp) {
    return new RuleEvent(CURRENT_SCHEMA, Type.CREATE, ruleId, userId, text, false, 1, timestamp);
  }

  /** New text for a rule; keeps its paused flag. */
  public static RuleEvent update(
      String ruleId, String userId, String text, boolean paused, long revision, long timestamp) {
    return new RuleEvent(
        CURRENT_SCHEMA, Type.UPDATE, ruleId, userId, text, paused, revision, timestamp);
  }

  /** Stops evaluating a rule; carries the text so the event alone rebuilds the rule. */
  public static RuleEvent pause(
      String ruleId, String userId, String text, long revision, long timestamp) {
    return new RuleEvent(
        CURRENT_SCHEMA, Type.PAUSE, ruleId, userId, text, true, revision, timestamp);
  }

  /** Evaluates a paused rule again. */
  public static RuleEvent resume(
      String ruleId, String userId, String text, long revision, long timestamp) {
    return new RuleEvent(
        CURRENT_SCHEMA, Type.RESUME, ruleId, userId, text, false, revision, timestamp);
  }

  /** Removes a rule; the producer may follow it with a tombstone (null value) for compaction. */
  public static RuleEvent delete(String ruleId, String userId, long revision, long timestamp) {
    return new RuleEvent(
        CURRENT_SCHEMA, Type.DELETE, ruleId, userId, null, false, revision, timestamp);
  }

  /**
   * The same rule at {@code revision} with {@code text}, as an UPDATE of the current schema: owner,
   * paused flag, timestamp and expiry are kept. What migrations emit.
   *
   * <p>{@code text} is read as the current schema's language: for an event of a schema before
   * {@link #TIMING_SCHEMA}, pass a text that says {@code ON CLOSE} (e.g. {@code
   * Rule.fromEvent(this, null).toText()}), or the rule becomes {@code ON TICK}.
   */
  public RuleEvent updated(String text, long revision) {
    return new RuleEvent(
        CURRENT_SCHEMA, Type.UPDATE, ruleId, userId, text, paused, revision, timestamp, expiresAt);
  }

  /** This event with another expiry (epoch ms of event time, or {@link #GOOD_TILL_CANCELLED}). */
  public RuleEvent withExpiresAt(Long expiresAt) {
    return new RuleEvent(
        schemaVersion, type, ruleId, userId, text, paused, revision, timestamp, expiresAt);
  }

  /**
   * Whether this reader understands the event: its schema is not newer than {@link
   * #CURRENT_SCHEMA}. (Not named {@code isX}: Jackson would write that as a JSON field.)
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
