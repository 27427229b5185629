package com.tweetrade.web.rules;

import java.time.Instant;

/**
 * A user's rule as stored in {@code userlogic}.
 *
 * @param userId the owner
 * @param ruleId stable id, also the Kafka key on the rules topic
 * @param text the rule in the rule language
 * @param paused whether the job should ignore it for now
 * @param deleted deleted rules are kept until their DELETE event is on the topic
 * @param revision grows by one per change; the job ignores events that are not newer
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param publishPending true until the latest revision is on the rules topic
 */
public record Rule(
    String userId,
    String ruleId,
    String text,
    boolean paused,
    boolean deleted,
    long revision,
    Instant createdAt,
    Instant updatedAt,
    boolean publishPending) {

  /** The next revision with new content, marked as not yet published. */
  Rule next(String newText, boolean newPaused, boolean newDeleted, Instant now) {
    return new Rule(userId, ruleId, newText, newPaused, newDeleted, revision + 1, createdAt, now, true);
  }

  Rule published() {
    return new Rule(userId, ruleId, text, paused, deleted, revision, createdAt, updatedAt, false);
  }
}
