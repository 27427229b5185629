package com.tweetrade.model.rules;

/**
 * One row of Cassandra's {@code userlogic} table: a rule's latest state as the web UI stores it,
 * deleted or not. The one mapping from such a row to the {@link RuleEvent} that states it, for the
 * web UI's republisher and the job's {@code migrate bootstrap}: both must bring a reader to the
 * same state.
 *
 * @param updatedAt epoch milliseconds of the row's last change (0 when unknown)
 * @param expiresAt epoch milliseconds, or {@link RuleEvent#GOOD_TILL_CANCELLED}
 */
public record StoredRule(
    String userId,
    String ruleId,
    String text,
    boolean paused,
    boolean deleted,
    long revision,
    long updatedAt,
    Long expiresAt) {

  /** A rule a job holds after reading the whole rules topic: not deleted, and with a text. */
  public boolean isLive() {
    return !deleted && text != null && !text.isBlank();
  }

  /** {@link #stateEvent(int)} at the current schema: the table keeps no schema version. */
  public RuleEvent stateEvent() {
    return stateEvent(RuleEvent.CURRENT_SCHEMA);
  }

  /**
   * The event that brings a reader to this row's state when the change that led to it is not known:
   * DELETE for a deleted rule (neither text nor expiry, like {@link RuleEvent#delete}), PAUSE for a
   * paused one, CREATE at revision 1 (or a row without one), otherwise UPDATE; expiry carried.
   */
  public RuleEvent stateEvent(int schemaVersion) {
    long atRevision = Math.max(1, revision);
    if (deleted) {
      return new RuleEvent(
          schemaVersion,
          RuleEvent.Type.DELETE,
          ruleId,
          userId,
          null,
          paused,
          atRevision,
          updatedAt,
          RuleEvent.GOOD_TILL_CANCELLED);
    }
    RuleEvent.Type type =
        paused
            ? RuleEvent.Type.PAUSE
            : atRevision == 1 ? RuleEvent.Type.CREATE : RuleEvent.Type.UPDATE;
    return new RuleEvent(
        schemaVersion, type, ruleId, userId, text, paused, atRevision, updatedAt, expiresAt);
  }
}
