package com.tweetrade.tweets.live.bluesky;

import com.tweetrade.model.JsonCodec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;

/**
 * A Jetstream instance on 127.0.0.1 replaying a recorded log, as the real one does: a connection
 * with {@code cursor} gets the events from that time on, one without gets the whole log (standing
 * in for the live tail). Each connection follows the next {@link Plan}: how far into the log it
 * goes and how it ends. Log entries {@link #PING} and {@link #BINARY} send those frames; entries
 * without a {@code time_us} (noise: pings, binary and broken frames) are sent once, not again on a
 * replay.
 */
final class FakeJetstream extends LoopbackWebSocketServer {
  static final String PING = "<ping>";
  static final String BINARY = "<binary>";

  enum End {
    DROP,
    CLOSE,
    HOLD
  }

  /** Send log entries up to {@code endIndex} (exclusive), then end so. */
  record Plan(int endIndex, End end) {}

  private final List<String> log = new CopyOnWriteArrayList<>();
  private final BlockingQueue<Plan> plans = new LinkedBlockingQueue<>();
  final List<URI> requests = new CopyOnWriteArrayList<>();
  private volatile int noiseSentUpTo;

  FakeJetstream(List<String> log) throws InterruptedException {
    this.log.addAll(log);
    listen();
  }

  void append(String... entries) {
    log.addAll(List.of(entries));
  }

  void plan(Plan... next) {
    plans.addAll(List.of(next));
  }

  int size() {
    return log.size();
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    URI uri = URI.create("ws://x" + handshake.getResourceDescriptor());
    requests.add(uri);
    Plan plan = plans.poll();
    if (plan == null) plan = new Plan(log.size(), End.HOLD);
    Plan p = plan;
    new Thread(
            () -> {
              try {
                play(conn, cursorOf(uri), p);
              } catch (RuntimeException e) {
                e.printStackTrace(); // shows in the test output: the script itself broke
              }
            },
            "fake-jetstream-" + requests.size())
        .start();
  }

  private void play(WebSocket conn, long cursor, Plan plan) {
    int from = 0;
    if (cursor > 0) {
      while (from < log.size() && timeOf(log.get(from)) < cursor) from++;
    }
    for (int i = from; i < plan.endIndex() && conn.isOpen(); i++) {
      String entry = log.get(i);
      boolean noise = timeOf(entry) == 0;
      if (noise && i < noiseSentUpTo) continue;
      if (noise) noiseSentUpTo = i + 1;
      if (PING.equals(entry)) conn.sendPing();
      else if (BINARY.equals(entry)) conn.send(entry.getBytes(StandardCharsets.UTF_8));
      else conn.send(entry);
    }
    // what was sent reaches the client before the end, so each test knows where the stream broke
    while (conn.hasBufferedData()) Thread.onSpinWait();
    sleepQuietly(100);
    switch (plan.end()) {
      case DROP -> conn.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped mid-stream");
      case CLOSE -> conn.close(CloseFrame.GOING_AWAY, "server restarting");
      case HOLD -> {}
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static long cursorOf(URI uri) {
    String q = uri.getQuery();
    if (q == null) return 0;
    for (String kv : q.split("&"))
      if (kv.startsWith("cursor=")) return Long.parseLong(kv.substring(7));
    return 0;
  }

  /** The entry's time_us, or 0 for noise (not JSON with a time_us). */
  static long timeOf(String entry) {
    try {
      var node = JsonCodec.mapper().readTree(entry);
      return node != null && node.has("time_us") && node.get("time_us").isIntegralNumber()
          ? node.get("time_us").asLong()
          : 0;
    } catch (Exception e) {
      return 0;
    }
  }

  /** Every text entry of the log that is not noise. */
  List<String> events() {
    List<String> out = new ArrayList<>();
    for (String e : log) if (timeOf(e) > 0) out.add(e);
    return out;
  }
}
