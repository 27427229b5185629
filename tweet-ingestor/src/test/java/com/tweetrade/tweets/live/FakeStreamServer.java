package com.tweetrade.tweets.live;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A loopback stand-in for {@code stream.twitter.com/1.1/statuses/filter.json}: each connection
 * plays the next scripted {@link Session} in the v1.1 streaming format (newline-delimited JSON,
 * blank keep-alive lines), then either drops the connection or holds it open with keep-alives.
 */
final class FakeStreamServer implements AutoCloseable {
  /** What one connection gets: an HTTP status, the lines, and whether it then stays open. */
  record Session(int status, List<String> lines, boolean holdOpen) {
    static Session drop(List<String> lines) {
      return new Session(200, lines, false);
    }

    static Session hold(List<String> lines) {
      return new Session(200, lines, true);
    }

    static Session error(int status) {
      return new Session(status, List.of(), false);
    }
  }

  /** What a client sent on one connection. */
  record Request(String method, String path, String track, boolean signed) {}

  private final HttpServer server;
  private final LinkedBlockingQueue<Session> script = new LinkedBlockingQueue<>();
  final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile boolean closing;

  FakeStreamServer(List<Session> sessions) throws IOException {
    script.addAll(sessions);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/1.1/statuses/filter.json", this::serve);
    server.setExecutor(
        java.util.concurrent.Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "fake-stream");
              t.setDaemon(true);
              return t;
            }));
    server.start();
  }

  /** The base URL to give twitter4j's {@code streamBaseURL}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/1.1/";
  }

  /** Queues more sessions, e.g. for the connection after a rules change. */
  void then(Session s) {
    script.add(s);
  }

  private void serve(HttpExchange ex) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    requests.add(
        new Request(
            ex.getRequestMethod(),
            ex.getRequestURI().getPath(),
            param(body, "track"),
            auth != null && auth.startsWith("OAuth ") && auth.contains("oauth_signature=")));
    Session s;
    try {
      s = script.poll(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    if (s == null || s.status() != 200) {
      byte[] msg =
          "{\"errors\":[{\"message\":\"scripted error\"}]}".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(s == null ? 503 : s.status(), msg.length);
      ex.getResponseBody().write(msg);
      ex.close();
      return;
    }
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(200, 0); // chunked, as Twitter streams
    OutputStream out = ex.getResponseBody();
    try {
      for (String line : s.lines()) {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
      while (s.holdOpen() && !closing) {
        out.write("\r\n".getBytes(StandardCharsets.UTF_8)); // keep-alive
        out.flush();
        Thread.sleep(200);
      }
    } catch (IOException | InterruptedException clientWentAway) {
      // the client closed this connection (re-filter or shutdown)
    } finally {
      ex.close(); // ends the response: to the client the connection dropped
    }
  }

  private static String param(String form, String name) {
    for (String kv : form.split("&")) {
      int eq = kv.indexOf('=');
      if (eq > 0 && kv.substring(0, eq).equals(name))
        return URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
    }
    return null;
  }

  @Override
  public void close() {
    closing = true;
    server.stop(0);
  }
}
