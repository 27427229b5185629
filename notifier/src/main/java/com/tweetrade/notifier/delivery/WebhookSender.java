package com.tweetrade.notifier.delivery;

import com.tweetrade.model.webhooks.WebhookSignature;
import com.tweetrade.model.webhooks.WebhookUrls;
import com.tweetrade.notifier.webhooks.Webhook;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One signed POST of a body to a webhook, within a time limit.
 *
 * <p>Before each POST the URL is checked again ({@link WebhookUrls#check}), resolving the host
 * anew, so a name that now points at a private address is refused (DNS rebinding). The JDK client
 * resolves the host through the same JVM cache ({@code networkaddress.cache.ttl}, 30 s) right
 * after, so it connects to the addresses just checked. Redirects are not followed: a redirect to an
 * internal address would bypass the check.
 */
public final class WebhookSender {
  private final HttpClient client;
  private final Duration timeout;
  private final boolean allowPrivate;
  private final WebhookUrls.Resolver resolver;

  public WebhookSender(Duration timeout, boolean allowPrivate, WebhookUrls.Resolver resolver) {
    this.timeout = timeout;
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * POSTs {@code body} to the webhook, signed with its secret, {@code idempotencyKey} as {@code
   * Idempotency-Key}; connecting and receiving the answer's head together take at most the timeout.
   *
   * @throws InterruptedException when the notifier stops during the POST
   */
  public AttemptResult post(Webhook webhook, byte[] body, String idempotencyKey)
      throws InterruptedException {
    URI uri;
    try {
      uri = WebhookUrls.check(webhook.url(), allowPrivate, resolver);
    } catch (IllegalArgumentException refused) {
      return AttemptResult.refused(refused.getMessage());
    }
    HttpRequest request;
    try {
      request = request(uri, webhook, body, idempotencyKey);
    } catch (IllegalArgumentException unusable) {
      // e.g. a line break in the id: no retry can fix it, and it must not stop the notifier
      return AttemptResult.refused("cannot build the request: " + unusable.getMessage());
    }
    CompletableFuture<HttpResponse<Void>> response =
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    try {
      return AttemptResult.ofStatus(
          response.get(timeout.toMillis(), TimeUnit.MILLISECONDS).statusCode());
    } catch (TimeoutException e) {
      response.cancel(true);
      return AttemptResult.noResponse("no answer within " + timeout.toMillis() + " ms");
    } catch (InterruptedException e) {
      response.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      return AttemptResult.noResponse(describe(e.getCause()));
    }
  }

  private HttpRequest request(URI uri, Webhook webhook, byte[] body, String idempotencyKey) {
    return HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .header("User-Agent", "TweeTrade-Notifier/1")
        .header(WebhookSignature.HEADER, WebhookSignature.sign(webhook.secret(), body))
        .header(WebhookSignature.IDEMPOTENCY_HEADER, idempotencyKey)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  private String describe(Throwable cause) {
    if (cause instanceof java.net.http.HttpTimeoutException)
      return "no answer within " + timeout.toMillis() + " ms";
    if (cause instanceof ConnectException) return "connection refused or unreachable";
    if (cause instanceof IOException)
      return cause.getClass().getSimpleName()
          + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    return String.valueOf(cause);
  }
}
