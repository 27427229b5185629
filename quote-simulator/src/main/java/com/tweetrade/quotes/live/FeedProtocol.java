package com.tweetrade.quotes.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.tweetrade.model.JsonCodec;
import java.net.URI;
import java.util.Collection;
import java.util.List;

/**
 * One quote feed's WebSocket protocol: where to connect, how to (un)subscribe, how to read a frame.
 *
 * <p>Symbols here are ours ({@code BRK-A}); each protocol writes them as its feed does. Credentials
 * stay inside the protocol: {@link #redact} removes them from anything that is logged.
 */
public interface FeedProtocol {
  /** {@code finnhub} or {@code alpaca}: the {@code --source} value and the dead letters' label. */
  String name();

  /** The free plan's most symbols per connection. */
  int symbolCap();

  /** The address to open for {@code endpoint} (Finnhub puts the token in the query). */
  URI connectUri(String endpoint);

  /**
   * Whether subscriptions may go out as soon as the socket is open, or only after {@link
   * FeedListener#ready()}.
   */
  boolean readyOnOpen();

  List<String> subscribe(Collection<String> symbols);

  List<String> unsubscribe(Collection<String> symbols);

  void read(String frame, FeedListener listener);

  /** {@code text} with every credential replaced by {@code ***}. */
  String redact(String text);

  /**
   * The frame as a JSON tree (a missing node for an empty frame), or null after telling {@code
   * listener} that it is not JSON.
   */
  static JsonNode readJson(String frame, FeedListener listener) {
    try {
      JsonNode root = JsonCodec.mapper().readTree(frame);
      return root == null ? MissingNode.getInstance() : root;
    } catch (Exception e) {
      listener.malformed("not JSON: " + e.getMessage(), frame);
      return null;
    }
  }
}
