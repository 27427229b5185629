package com.tweetrade.tweets.live.bluesky;

import java.net.URI;

/**
 * The {@code subscribe} address of a Jetstream instance, asking for posts only and, when resuming,
 * for the events from a cursor on.
 */
public final class JetstreamUrl {
  /** A public instance run by Bluesky; any other is given with {@code --endpoint}. */
  public static final String DEFAULT_ENDPOINT = "wss://jetstream2.us-east.bsky.network/subscribe";

  /** The only collection asked for; identity and account events come whatever the filter. */
  public static final String POSTS = "app.bsky.feed.post";

  private JetstreamUrl() {}

  /**
   * @param endpoint the {@code subscribe} URL, possibly with query parameters of its own
   * @param cursorMicros where to start (unix microseconds), or {@code <= 0} for the live tail
   */
  public static URI subscribe(String endpoint, long cursorMicros) {
    StringBuilder url = new StringBuilder(endpoint);
    url.append(endpoint.indexOf('?') < 0 ? '?' : '&').append("wantedCollections=").append(POSTS);
    if (cursorMicros > 0) url.append("&cursor=").append(cursorMicros);
    return URI.create(url.toString());
  }

  /** Checks a user-given endpoint; returns why it is not a WebSocket URL, or {@code null}. */
  public static String problem(String endpoint) {
    try {
      URI uri = URI.create(endpoint);
      if (!"ws".equals(uri.getScheme()) && !"wss".equals(uri.getScheme())) {
        return "--endpoint must be a ws:// or wss:// URL, was " + endpoint;
      }
      if (uri.getHost() == null) return "--endpoint has no host: " + endpoint;
      return null;
    } catch (IllegalArgumentException e) {
      return "--endpoint is not a URL: " + e.getMessage();
    }
  }
}
