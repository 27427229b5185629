package com.tweetrade.web.webhooks;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.tweetrade.model.tables.Tables.WebhookDeliveries;
import com.tweetrade.model.tables.Tables.Webhooks;
import com.tweetrade.model.webhooks.WebhookDelivery;
import com.tweetrade.web.base.UtcDays;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code webhooks}; reads the notifier's {@code webhookDeliveries}. */
@Repository
public class WebhookRepository {
  private final CqlSession session;
  private final PreparedStatement selectWebhook;
  private final PreparedStatement upsertWebhook;
  private final PreparedStatement deleteWebhook;
  private final PreparedStatement deliveriesOfDay;

  public WebhookRepository(CqlSession session) {
    this.session = session;
    selectWebhook = session.prepare(Webhooks.TABLE.selectWhere(null, Webhooks.USER_ID));
    upsertWebhook = session.prepare(Webhooks.TABLE.insert(null));
    deleteWebhook =
        session.prepare(
            "DELETE FROM " + Webhooks.TABLE.name() + " WHERE " + Webhooks.USER_ID + " = ?");
    deliveriesOfDay =
        session.prepare(
            WebhookDeliveries.TABLE.selectWhere(
                    null, WebhookDeliveries.USER_ID, WebhookDeliveries.DAY)
                + " LIMIT ?");
  }

  /** The user's webhook without its secret, if one is saved. */
  public Optional<WebhookSettings> find(String userId) {
    Row row = session.execute(selectWebhook.bind(userId)).one();
    if (row == null || row.getString(Webhooks.URL) == null) return Optional.empty();
    return Optional.of(
        new WebhookSettings(row.getString(Webhooks.URL), row.getInstant(Webhooks.UPDATED_AT)));
  }

  /** The user's secret, if a webhook is saved: to keep it when only the URL changes. */
  Optional<String> secretOf(String userId) {
    Row row = session.execute(selectWebhook.bind(userId)).one();
    return row == null ? Optional.empty() : Optional.ofNullable(row.getString(Webhooks.SECRET));
  }

  public void save(String userId, String url, String secret, Instant now) {
    session.execute(upsertWebhook.bind(userId, url, secret, now));
  }

  public void delete(String userId) {
    session.execute(deleteWebhook.bind(userId));
  }

  /** The user's newest delivery attempts of today and yesterday (UTC), newest first. */
  public List<WebhookDelivery> recentDeliveries(String userId, Instant now, int limit) {
    List<WebhookDelivery> all = new ArrayList<>();
    for (LocalDate day : UtcDays.todayAndYesterday(now)) {
      for (Row row : session.execute(deliveriesOfDay.bind(userId, day.toString(), limit))) {
        all.add(
            new WebhookDelivery(
                row.getString(WebhookDeliveries.USER_ID),
                row.getInstant(WebhookDeliveries.ATTEMPTED_AT),
                row.getString(WebhookDeliveries.ALERT_ID),
                row.getInt(WebhookDeliveries.ATTEMPT),
                row.getString(WebhookDeliveries.URL),
                row.getInt(WebhookDeliveries.STATUS),
                row.getString(WebhookDeliveries.OUTCOME),
                row.getString(WebhookDeliveries.ERROR)));
      }
    }
    all.sort(
        Comparator.comparing(WebhookDelivery::attemptedAt)
            .thenComparingInt(WebhookDelivery::attempt)
            .reversed());
    return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
  }
}
