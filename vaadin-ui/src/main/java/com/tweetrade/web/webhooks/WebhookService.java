package com.tweetrade.web.webhooks;

import com.tweetrade.model.webhooks.WebhookDelivery;
import com.tweetrade.model.webhooks.WebhookSignature;
import com.tweetrade.model.webhooks.WebhookUrls;
import com.tweetrade.web.base.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The caller's webhook: its URL (checked by model's {@link WebhookUrls}, the notifier's rules), its
 * signing secret (generated here, shown once), and its delivery log.
 *
 * <p>Every method serves the signed-in caller ({@link CurrentUser}) only. The secret leaves this
 * service only as the return value of {@link #save} (first save) and {@link #rotateSecret}.
 */
@Service
public class WebhookService {
  static final int RECENT_DELIVERIES = 100;

  private final WebhookRepository repository;
  private final CurrentUser currentUser;
  private final WebhookProperties props;
  private final Clock clock;
  private final WebhookUrls.Resolver resolver;

  public WebhookService(
      WebhookRepository repository, CurrentUser currentUser, WebhookProperties props, Clock clock) {
    this.repository = repository;
    this.currentUser = currentUser;
    this.props = props;
    this.clock = clock;
    this.resolver = WebhookUrls.DNS;
  }

  /** The caller's webhook, without its secret. */
  public Optional<WebhookSettings> current() {
    return repository.find(currentUser.require());
  }

  /**
   * Saves the caller's URL; a new webhook gets a new secret, which is returned (show it once), an
   * existing one keeps its secret (empty).
   *
   * @throws IllegalArgumentException when the URL is refused, with the reason
   */
  public Optional<String> save(String url) {
    String user = currentUser.require();
    String checked = WebhookUrls.check(url, props.allowPrivate(), resolver).toString();
    Optional<String> existing = repository.secretOf(user);
    String secret = existing.orElseGet(WebhookSignature::newSecret);
    repository.save(user, checked, secret, clock.instant());
    return existing.isPresent() ? Optional.empty() : Optional.of(secret);
  }

  /**
   * Replaces the caller's secret with a new one and returns it (show it once).
   *
   * @throws IllegalStateException when the caller has no webhook
   */
  public String rotateSecret() {
    String user = currentUser.require();
    WebhookSettings webhook =
        repository
            .find(user)
            .orElseThrow(() -> new IllegalStateException("save a webhook URL first"));
    String secret = WebhookSignature.newSecret();
    repository.save(user, webhook.url(), secret, clock.instant());
    return secret;
  }

  /** Removes the caller's webhook: alerts are then only shown in the app. */
  public void remove() {
    repository.delete(currentUser.require());
  }

  /** The caller's newest delivery attempts, newest first. */
  public List<WebhookDelivery> recentDeliveries() {
    return repository.recentDeliveries(currentUser.require(), clock.instant(), RECENT_DELIVERIES);
  }
}
