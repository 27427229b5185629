package com.tweetrade.notifier.webhooks;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.tweetrade.model.tables.Tables.WebhookDeliveries;
import com.tweetrade.model.tables.Tables.Webhooks;
import com.tweetrade.model.webhooks.WebhookDelivery;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The notifier's Cassandra tables: reads users' webhooks, writes the delivery log.
 *
 * <p>The webhook is read for every alert rather than cached, so a URL or secret changed in the UI
 * applies to the next alert.
 */
public final class WebhookStore {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  private final CqlSession session;
  private final PreparedStatement selectWebhook;
  private final PreparedStatement insertDelivery;

  /** {@code session} is bound to the keyspace; the caller closes it. */
  public WebhookStore(CqlSession session) {
    this.session = session;
    this.selectWebhook =
        session.prepare(
            "SELECT "
                + Webhooks.URL
                + ", "
                + Webhooks.SECRET
                + " FROM "
                + Webhooks.TABLE.name()
                + " WHERE "
                + Webhooks.USER_ID
                + " = ?");
    this.insertDelivery = session.prepare(WebhookDeliveries.TABLE.insert(null));
  }

  /** The user's webhook, if one with a URL and a secret is saved. */
  public Optional<Webhook> webhookOf(String userId) {
    Row row = session.execute(selectWebhook.bind(userId)).one();
    if (row == null) return Optional.empty();
    String url = row.getString(Webhooks.URL);
    String secret = row.getString(Webhooks.SECRET);
    if (url == null || url.isBlank() || secret == null || secret.isEmpty()) return Optional.empty();
    return Optional.of(new Webhook(userId, url, secret));
  }

  /** Records one attempt in the delivery log. */
  public void recordAttempt(WebhookDelivery attempt) {
    session.execute(
        insertDelivery.bind(
            attempt.userId(),
            DAY.format(attempt.attemptedAt()),
            attempt.attemptedAt(),
            attempt.alertId(),
            attempt.attempt(),
            attempt.url(),
            attempt.status(),
            attempt.outcome(),
            attempt.error()));
  }
}
