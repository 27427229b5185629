package com.tweetrade.web.rules;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

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
 * @param expiresAt event time from which the job no longer fires the rule (rule schema 2), or
 *     {@code null}: good till cancelled
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
    boolean publishPending,
    @Nullable Instant expiresAt) {

  /** The next revision with new content, marked as not yet published; the expiry is kept. */
  Rule next(String newText, boolean newPaused, boolean newDeleted, Instant now) {
    return next(newText, newPaused, newDeleted, now, expiresAt);
  }

  /** The next revision with new content and expiry, marked as not yet published. */
  Rule next(
      String newText,
      boolean newPaused,
      boolean newDeleted,
      Instant now,
      @Nullable Instant newExpiresAt) {
    return new Rule(
        userId,
        ruleId,
        newText,
        newPaused,
        newDeleted,
        revision + 1,
        createdAt,
        now,
        true,
        newExpiresAt);
  }

  Rule published() {
    return new Rule(
        userId, ruleId, text, paused, deleted, revision, createdAt, updatedAt, false, expiresAt);
  }
}
