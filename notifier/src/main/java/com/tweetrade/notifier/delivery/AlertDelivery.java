package com.tweetrade.notifier.delivery;

import com.tweetrade.model.Alert;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.webhooks.WebhookDelivery;
import com.tweetrade.model.webhooks.WebhookPayload;
import com.tweetrade.notifier.webhooks.Webhook;
import com.tweetrade.notifier.webhooks.WebhookStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers alerts to their users' webhooks: POST, retry with {@link Backoff}, and a delivery-log
 * row for every attempt.
 *
 * <p>A user's alerts go out one after another, in the order of the topic. Once one of them has
 * FAILED after all its attempts, the user's endpoint is taken to be down: the rest of that batch's
 * alerts for the user get one attempt each, so a dead endpoint costs the batch one backoff series,
 * not one per alert. Logs name the user, the alert and the URL's host, never the path, query or
 * secret (webhook URLs often embed tokens).
 */
public final class AlertDelivery {
  private static final Logger LOG = LoggerFactory.getLogger(AlertDelivery.class);

  private final WebhookStore store;
  private final WebhookSender sender;
  private final Backoff backoff;
  private final Clock clock;

  public AlertDelivery(WebhookStore store, WebhookSender sender, Backoff backoff, Clock clock) {
    this.store = store;
    this.sender = sender;
    this.backoff = backoff;
    this.clock = clock;
  }

  /**
   * Delivers one user's alerts in order; returns when each is DELIVERED, FAILED, or has no webhook.
   *
   * @throws InterruptedException when the notifier stops: the batch is then not committed
   */
  public void deliverAll(List<Alert> alerts) throws InterruptedException {
    boolean endpointDown = false;
    for (Alert alert : alerts) {
      Optional<Webhook> webhook = store.webhookOf(alert.userId());
      if (webhook.isEmpty()) continue; // no webhook: the in-app list is the only delivery
      Outcome outcome = deliver(alert, webhook.get(), endpointDown ? 1 : backoff.maxAttempts());
      endpointDown |= outcome == Outcome.FAILED;
    }
  }

  /** Delivers {@code alert} in at most {@code maxAttempts} tries; returns DELIVERED or FAILED. */
  Outcome deliver(Alert alert, Webhook webhook, int maxAttempts) throws InterruptedException {
    byte[] body = JsonCodec.WEBHOOK_PAYLOAD.encode(WebhookPayload.of(alert));
    for (int attempt = 1; ; attempt++) {
      AttemptResult result = sender.post(webhook, body, alert.id());
      boolean last = !result.retryable() || attempt >= Math.min(maxAttempts, backoff.maxAttempts());
      Outcome outcome =
          result.delivered() ? Outcome.DELIVERED : last ? Outcome.FAILED : Outcome.RETRYING;
      store.recordAttempt(
          new WebhookDelivery(
              alert.userId(),
              clock.instant(),
              alert.id(),
              attempt,
              webhook.url(),
              result.status(),
              outcome.name(),
              result.error()));
      String where = hostOf(webhook.url());
      if (outcome == Outcome.DELIVERED) {
        LOG.info(
            "alert {} of user {} delivered to {} (attempt {})",
            alert.id(),
            alert.userId(),
            where,
            attempt);
        return outcome;
      }
      if (outcome == Outcome.FAILED) {
        LOG.warn(
            "alert {} of user {} FAILED at {} after {} attempt(s): {}",
            alert.id(),
            alert.userId(),
            where,
            attempt,
            result.error());
        return outcome;
      }
      Duration wait = backoff.delayAfter(attempt);
      LOG.info(
          "alert {} of user {}: attempt {} at {} failed ({}), retrying in {} ms",
          alert.id(),
          alert.userId(),
          attempt,
          where,
          result.error(),
          wait.toMillis());
      Thread.sleep(wait.toMillis());
    }
  }

  private static String hostOf(String url) {
    try {
      String host = URI.create(url).getHost();
      return host == null ? "(no host)" : host;
    } catch (IllegalArgumentException e) {
      return "(invalid URL)";
    }
  }
}
