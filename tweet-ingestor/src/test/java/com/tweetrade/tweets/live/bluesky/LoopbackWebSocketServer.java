package com.tweetrade.tweets.live.bluesky;

import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.server.WebSocketServer;

/**
 * A fake Jetstream's WebSocket server on 127.0.0.1 at a free port: a subclass says what a
 * connection gets ({@code onOpen}) and calls {@link #listen()} at the end of its constructor; what
 * clients send is ignored.
 */
abstract class LoopbackWebSocketServer extends WebSocketServer implements AutoCloseable {
  private final CountDownLatch started = new CountDownLatch(1);

  LoopbackWebSocketServer() {
    super(new InetSocketAddress("127.0.0.1", 0));
    setReuseAddr(true);
    setDaemon(true);
  }

  /** Starts the server and returns once it listens. */
  final void listen() throws InterruptedException {
    start();
    if (!started.await(10, TimeUnit.SECONDS))
      throw new IllegalStateException(getClass().getSimpleName() + " did not start");
  }

  /** The address a Jetstream client subscribes at. */
  final String endpoint() {
    return "ws://127.0.0.1:" + getPort() + "/subscribe";
  }

  @Override
  public final void onStart() {
    started.countDown();
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

  @Override
  public void onMessage(WebSocket conn, String message) {}

  @Override
  public void onError(WebSocket conn, Exception ex) {}

  @Override
  public void close() throws InterruptedException {
    stop(2000);
  }
}
