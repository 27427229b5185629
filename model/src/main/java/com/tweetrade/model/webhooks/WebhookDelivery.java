package com.tweetrade.model.webhooks;

import java.time.Instant;

/**
 * One webhook delivery attempt: a row of {@code webhookDeliveries} (model's {@code
 * Tables.WebhookDeliveries}), written by the notifier and shown by the web UI as the delivery log.
 *
 * @param attempt 1 for the first try of an alert
 * @param status the HTTP status, 0 when none came (timeout, refused connection, refused URL)
 * @param outcome {@code DELIVERED}, {@code RETRYING} or {@code FAILED}
 * @param error why the attempt failed, {@code ""} when delivered
 */
public record WebhookDelivery(
    String userId,
    Instant attemptedAt,
    String alertId,
    int attempt,
    String url,
    int status,
    String outcome,
    String error) {}
