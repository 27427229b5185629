package com.tweetrade.quotes.live;

import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

/**
 * One connection to a quote feed (Java-WebSocket, as the tweet-ingestor's Jetstream client and for
 * the same reason: the JDK client lost frames sent right behind the handshake). Frames go to the
 * {@link FeedHandler} on the read thread, one at a time, so a slow Kafka holds back the socket.
 * Pings are answered by the library; a connection silent for {@code idleSeconds} is pinged and
 * dropped when no pong comes. {@link #ended()} completes with the reason.
 */
final class FeedSocket extends WebSocketClient {
  private static final Pattern REFUSED = Pattern.compile("Invalid status code received: (\\d{3})");

  private final FeedHandler handler;
  private final CompletableFuture<String> ended = new CompletableFuture<>();
  private volatile int refusedStatus;

  FeedSocket(URI uri, FeedHandler handler, int idleSeconds) {
    super(uri);
    this.handler = handler;
    setConnectionLostTimeout(idleSeconds);
    setTcpNoDelay(true);
  }

  CompletableFuture<String> ended() {
    return ended;
  }

  /**
   * The HTTP status with which the server refused the WebSocket handshake (401: bad token), or 0.
   */
  int refusedStatus() {
    return refusedStatus;
  }

  @Override
  public void onOpen(ServerHandshake handshake) {
    handler.opened();
  }

  @Override
  public void onMessage(String message) {
    handler.onText(message, this::send);
  }

  @Override
  public void onMessage(ByteBuffer bytes) {
    handler.onBinary(bytes.remaining());
  }

  @Override
  public void onClose(int code, String reason, boolean remote) {
    Matcher m = REFUSED.matcher(reason == null ? "" : reason);
    if (m.find()) refusedStatus = Integer.parseInt(m.group(1));
    String why = remote ? "the server closed the connection (" : "the connection ended (";
    ended.complete(why + code + (reason == null || reason.isEmpty() ? "" : " " + reason) + ")");
  }

  @Override
  public void onError(Exception error) {
    // onClose follows for a connection that was open; a failed connect gets only this
    if (!isOpen()) ended.complete("the connection failed: " + error);
  }
}
