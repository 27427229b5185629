package com.tweetrade.model;

/**
 * A notification a rule raised: {@code THEN NOTIFY "text"} (an alert-only rule) or {@code ALSO
 * NOTIFY "text"} after a trade action. The job writes each alert once to {@link Topics#ALERTS} and
 * the {@code notifications} table; the notifier delivers it to the user's webhook.
 *
 * @param id stable id, the idempotency key of every delivery: the trade's id for {@code ALSO
 *     NOTIFY}, otherwise made like a trade id from the rule and the firing (the same on a replay)
 * @param userId the owner of the rule
 * @param ruleId the rule that raised it
 * @param text the rule's text for it, as written
 * @param tradeId the trade it follows ({@code ALSO NOTIFY}), or {@code ""} for an alert-only rule
 * @param eventTime event time of the firing, epoch milliseconds
 */
public record Alert(
    String id, String userId, String ruleId, String text, String tradeId, long eventTime) {

  /** An alert-only rule's alert: it follows no trade. */
  public boolean alertOnly() {
    return tradeId == null || tradeId.isEmpty();
  }
}
