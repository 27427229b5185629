package com.tweetrade.notifier.webhooks;

/**
 * A user's webhook as the web UI saved it in {@code webhooks}.
 *
 * @param secret signs each body; a credential, left out of {@link #toString()}
 */
public record Webhook(String userId, String url, String secret) {
  @Override
  public String toString() {
    return "Webhook[userId=" + userId + ", url=" + url + ", secret=(hidden)]";
  }
}
