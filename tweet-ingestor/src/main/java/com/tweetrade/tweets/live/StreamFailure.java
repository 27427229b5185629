package com.tweetrade.tweets.live;

import twitter4j.TwitterException;

/**
 * A failure of the streaming connection, explained in plain words and sorted by how to react.
 *
 * @param kind how the reconnect waits; {@code null} when reconnecting is pointless
 * @param explanation one sentence for the operator; never contains credentials
 * @param statusCode the HTTP status, or -1 for network failures
 */
public record StreamFailure(Backoff.Kind kind, String explanation, int statusCode) {

  public boolean fatal() {
    return kind == null;
  }

  public static StreamFailure of(TwitterException e) {
    int code = e.getStatusCode();
    return switch (code) {
      case 401 ->
          new StreamFailure(
              null,
              "Twitter rejected the credentials (HTTP 401 Unauthorized): check"
                  + " TWITTER_CONSUMER_KEY, TWITTER_CONSUMER_SECRET, TWITTER_ACCESS_TOKEN and"
                  + " TWITTER_ACCESS_TOKEN_SECRET (or the twitter4j.properties file) and that this"
                  + " machine's clock is right",
              code);
      case 403 ->
          new StreamFailure(
              null,
              "Twitter refused access to the filter stream (HTTP 403 Forbidden): this app or"
                  + " account may not use the streaming API",
              code);
      case 406 ->
          new StreamFailure(
              Backoff.Kind.HTTP,
              "Twitter did not accept the filter (HTTP 406 Not Acceptable): the track list is empty"
                  + " or invalid",
              code);
      case 413 ->
          new StreamFailure(
              Backoff.Kind.HTTP,
              "Twitter refused the filter as too long (HTTP 413): too many track terms",
              code);
      case 420, 429 ->
          new StreamFailure(
              Backoff.Kind.RATE_LIMITED,
              "Twitter is rate-limiting this app (HTTP "
                  + code
                  + (code == 420 ? " Enhance Your Calm" : " Too Many Requests")
                  + "): too many connection attempts in a short time",
              code);
      case -1 ->
          new StreamFailure(
              Backoff.Kind.NETWORK,
              "the connection to the stream dropped or could not be opened ("
                  + networkCause(e)
                  + ")",
              code);
      default ->
          new StreamFailure(
              Backoff.Kind.HTTP,
              "the stream service answered HTTP "
                  + code
                  + (code >= 500 ? " (a server-side problem)" : ""),
              code);
    };
  }

  private static String networkCause(TwitterException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String msg = root.getMessage();
    return root.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
  }
}
