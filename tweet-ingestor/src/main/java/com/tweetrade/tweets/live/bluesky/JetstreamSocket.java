package com.tweetrade.tweets.live.bluesky;

import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

/**
 * One connection to a Jetstream instance: whole text messages go to the {@link Handler} on the
 * socket's read thread, one at a time (a slow Kafka so holds back the socket instead of queueing).
 *
 * <p>Java-WebSocket's client, not the JDK's: the JDK 17 client lost the frames a server sends right
 * behind its handshake (as Jetstream does), or failed with an {@code InternalError}, in our
 * loopback tests. Pings are answered by the library; a connection silent for {@code idleSeconds} is
 * pinged and closed when no pong comes (a half-open TCP connection is otherwise never noticed).
 * {@link #ended()} completes with the reason when the connection ends.
 */
final class JetstreamSocket extends WebSocketClient {
  /** Receives whole messages; a binary message is reported by its size only. */
  interface Handler {
    void onText(String message);

    void onBinary(int bytes);
  }

  private final Handler handler;
  private final CompletableFuture<String> ended = new CompletableFuture<>();

  JetstreamSocket(URI uri, Handler handler, int idleSeconds) {
    super(uri);
    this.handler = handler;
    setConnectionLostTimeout(idleSeconds);
    setTcpNoDelay(true);
  }

  /** Completes with why the connection ended (a close frame, an error, silence). */
  CompletableFuture<String> ended() {
    return ended;
  }

  @Override
  public void onOpen(ServerHandshake handshake) {}

  @Override
  public void onMessage(String message) {
    handler.onText(message);
  }

  @Override
  public void onMessage(ByteBuffer bytes) {
    handler.onBinary(bytes.remaining());
  }

  @Override
  public void onClose(int code, String reason, boolean remote) {
    String why = remote ? "the server closed the connection (" : "the connection ended (";
    ended.complete(why + code + (reason == null || reason.isEmpty() ? "" : " " + reason) + ")");
  }

  @Override
  public void onError(Exception error) {
    // onClose follows for a connection that was open; a failed connect gets only this
    if (!isOpen()) ended.complete("the connection failed: " + error);
  }
}
