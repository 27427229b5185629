package com.tweetrade.quotes.live;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A quote feed on 127.0.0.1 that plays one {@link Script} per connection: frames to send, pings,
 * waits for what the client must send first (auth, subscriptions), and how the connection ends.
 * What each connection asked for and received is kept for the test to check.
 */
public final class FakeFeedServer extends WebSocketServer implements AutoCloseable {
  public enum End {
    DROP,
    CLOSE,
    HOLD
  }

  /** One connection's play. */
  public static final class Script {
    private final List<Object> steps = new ArrayList<>();
    private End end = End.HOLD;

    /** Sends a text frame. */
    public Script send(String frame) {
      steps.add(frame);
      return this;
    }

    /** Waits (up to 20 s) until the client has sent a message containing {@code text}. */
    public Script await(String text) {
      steps.add(new Await(text));
      return this;
    }

    public Script ping() {
      steps.add(Ping.PING);
      return this;
    }

    public Script binary() {
      steps.add(new byte[] {1, 2, 3, 4});
      return this;
    }

    public Script end(End how) {
      this.end = how;
      return this;
    }
  }

  private record Await(String text) {}

  private enum Ping {
    PING
  }

  /** What one connection asked for and what the client sent on it. */
  public record Connection(URI request, List<String> received) {}

  private final BlockingQueue<Script> scripts = new LinkedBlockingQueue<>();
  public final List<Connection> connections = new CopyOnWriteArrayList<>();
  private final CountDownLatch started = new CountDownLatch(1);

  public FakeFeedServer(Script... plays) throws InterruptedException {
    super(new InetSocketAddress("127.0.0.1", 0));
    scripts.addAll(List.of(plays));
    setReuseAddr(true);
    setDaemon(true);
    start();
    if (!started.await(10, TimeUnit.SECONDS))
      throw new IllegalStateException("fake feed did not start");
  }

  public String endpoint(String path) {
    return "ws://127.0.0.1:" + getPort() + path;
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    Connection c =
        new Connection(
            URI.create("ws://x" + handshake.getResourceDescriptor()), new CopyOnWriteArrayList<>());
    conn.setAttachment(c);
    connections.add(c);
    Script script = scripts.poll();
    Script s = script != null ? script : new Script();
    new Thread(() -> play(conn, c, s), "fake-feed-" + connections.size()).start();
  }

  private void play(WebSocket conn, Connection c, Script script) {
    for (Object step : script.steps) {
      if (!conn.isOpen()) return;
      if (step instanceof String frame) conn.send(frame);
      else if (step instanceof byte[] bytes) conn.send(bytes);
      else if (step == Ping.PING) conn.sendPing();
      else if (step instanceof Await a && !awaitReceived(c, a.text())) {
        System.err.println(
            "fake feed: the client never sent " + a.text() + "; it sent " + c.received());
        return;
      }
    }
    // what was sent reaches the client before the end, so each test knows where the stream broke
    while (conn.hasBufferedData()) Thread.onSpinWait();
    sleep(200);
    switch (script.end) {
      case DROP -> conn.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped mid-stream");
      case CLOSE -> conn.close(CloseFrame.GOING_AWAY, "server restarting");
      case HOLD -> {}
    }
  }

  private static boolean awaitReceived(Connection c, String text) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < end) {
      if (c.received().stream().anyMatch(m -> m.contains(text))) return true;
      sleep(20);
    }
    return false;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void onMessage(WebSocket conn, String message) {
    Connection c = conn.getAttachment();
    c.received().add(message);
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

  @Override
  public void onError(WebSocket conn, Exception ex) {}

  @Override
  public void close() throws InterruptedException {
    stop(2000);
  }
}
