package com.tweetrade.model.webhooks;

import com.tweetrade.model.Alert;

/**
 * The JSON body the notifier POSTs to a user's webhook: an {@link Alert}'s fields plus what kind of
 * message it is and the body's version, so receivers can tell future kinds and shapes apart.
 *
 * @param kind {@value #KIND_ALERT} for alerts
 * @param version {@value #VERSION}; a receiver ignores fields it does not know
 * @param id the alert's id, also sent as the {@code Idempotency-Key} header: a receiver dedups by
 *     it
 */
public record WebhookPayload(
    String kind,
    int version,
    String id,
    String userId,
    String ruleId,
    String text,
    String tradeId,
    long eventTime) {
  public static final String KIND_ALERT = "alert";
  public static final int VERSION = 1;

  /** The body that delivers {@code alert}. */
  public static WebhookPayload of(Alert alert) {
    return new WebhookPayload(
        KIND_ALERT,
        VERSION,
        alert.id(),
        alert.userId(),
        alert.ruleId(),
        alert.text(),
        alert.tradeId() == null ? "" : alert.tradeId(),
        alert.eventTime());
  }
}
