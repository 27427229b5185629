package com.tweetrade.web.webhooks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.tweetrade.model.webhooks.WebhookDelivery;
import com.tweetrade.web.support.KaribuStackIT;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The webhook page in a mocked browser (Karibu) on the real application context and Cassandra: URL
 * checks, the secret shown once, and the user's own delivery log.
 */
class WebhookViewIT extends KaribuStackIT {
  private static final String PUBLIC_URL = "https://93.184.215.14/tweetrade-hook";

  @Autowired CqlSession cql;

  private WebhookView openAs(String user) {
    return openAsUser(user, WebhookView.class, "webhook");
  }

  @Test
  void shouldRefuseALoopbackUrlWithTheReasonAndStoreNothing() {
    String alice = uniqueUser("alice");
    WebhookView view = openAs(alice);

    view.url.setValue("http://127.0.0.1:8080/hook");
    view.save.click();

    assertThat(view.error.getText())
        .isEqualTo(
            "webhook URL host 127.0.0.1 resolves to 127.0.0.1, a loopback (127.0.0.0/8) address;"
                + " such addresses are refused unless the operator allows private webhooks");
    assertThat(view.secret.isVisible()).isFalse();
    assertThat(storedWebhook(alice)).isNull();

    view.url.setValue("ftp://example.com/hook");
    view.save.click();
    assertThat(view.error.getText())
        .isEqualTo("webhook URL must start with http:// or https://, was ftp:");
  }

  @Test
  void shouldShowTheSecretOnceKeepItForANewUrlAndReplaceItOnRotation() {
    String alice = uniqueUser("alice");
    WebhookView view = openAs(alice);
    assertThat(view.rotate.isEnabled()).isFalse();

    view.url.setValue(PUBLIC_URL);
    view.save.click();

    assertThat(view.error.getText()).isEmpty();
    assertThat(view.secret.isVisible()).isTrue();
    String shown = view.secret.getValue();
    assertThat(shown).matches("[0-9a-f]{64}");
    assertThat(storedWebhook(alice).getString("url")).isEqualTo(PUBLIC_URL);
    assertThat(storedWebhook(alice).getString("secret")).isEqualTo(shown);

    // Opened again: the URL, never the secret.
    view = openAs(alice);
    assertThat(view.url.getValue()).isEqualTo(PUBLIC_URL);
    assertThat(view.secret.isVisible()).isFalse();
    assertThat(view.secret.getValue()).isEmpty();

    // A new URL keeps the secret, and shows none.
    view.url.setValue("https://93.184.215.14/other");
    view.save.click();
    assertThat(view.secret.isVisible()).isFalse();
    assertThat(storedWebhook(alice).getString("url")).isEqualTo("https://93.184.215.14/other");
    assertThat(storedWebhook(alice).getString("secret")).isEqualTo(shown);

    view.rotate.click();
    String rotated = view.secret.getValue();
    assertThat(view.secret.isVisible()).isTrue();
    assertThat(rotated).matches("[0-9a-f]{64}").isNotEqualTo(shown);
    assertThat(storedWebhook(alice).getString("secret")).isEqualTo(rotated);

    view.remove.click();
    assertThat(storedWebhook(alice)).isNull();
  }

  @Test
  void shouldShowOnlyTheUsersOwnDeliveriesNewestFirst() {
    String alice = uniqueUser("alice");
    String bob = uniqueUser("bob");
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS); // Cassandra keeps milliseconds
    WebhookDelivery first =
        new WebhookDelivery(
            alice, now.minusSeconds(3), "a-1", 1, PUBLIC_URL, 500, "RETRYING", "HTTP 500");
    WebhookDelivery second =
        new WebhookDelivery(alice, now.minusSeconds(2), "a-1", 2, PUBLIC_URL, 200, "DELIVERED", "");
    WebhookDelivery bobs =
        new WebhookDelivery(bob, now.minusSeconds(1), "b-1", 1, PUBLIC_URL, 200, "DELIVERED", "");
    for (WebhookDelivery d : List.of(first, second, bobs)) logDelivery(d);

    WebhookView view = openAs(alice);

    assertThat(view.log.getGenericDataView().getItems().toList()).containsExactly(second, first);
  }

  private Row storedWebhook(String user) {
    return cql.execute("SELECT url, secret FROM webhooks WHERE user_id = ?", user).one();
  }

  /** A row as the notifier writes it. */
  private void logDelivery(WebhookDelivery d) {
    cql.execute(
        "INSERT INTO webhookDeliveries (user_id, day, attempted_at, alert_id, attempt, url, status,"
            + " outcome, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        d.userId(),
        LocalDate.ofInstant(d.attemptedAt(), ZoneOffset.UTC).toString(),
        d.attemptedAt(),
        d.alertId(),
        d.attempt(),
        d.url(),
        d.status(),
        d.outcome(),
        d.error());
  }
}
