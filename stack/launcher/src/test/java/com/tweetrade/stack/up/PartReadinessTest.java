package com.tweetrade.stack.up;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.tweetrade.stack.ChildJvm;
import com.tweetrade.stack.Ports;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartReadinessTest {
  @TempDir Path dir;

  @Test
  void shouldWaitUntilThePartAnswersAndNameThoseThatNeverDo() throws Exception {
    int port = Ports.freePorts(1).get(0);
    PartSpec web = part("web", "http://127.0.0.1:" + port + "/login");
    PartSpec silent = part("silent", "http://127.0.0.1:" + Ports.freePorts(1).get(0) + "/");
    ChildJvm alive = sleeper();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext(
        "/login",
        exchange -> {
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    try {
      // The web part opens its port only after 2 s: the banner must wait for it.
      CompletableFuture.runAsync(
          server::start, CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long start = System.nanoTime();
      List<String> notReady =
          PartReadiness.await(Map.of(web, alive), Duration.ofSeconds(30), new PrintStream(out));
      assertThat(notReady).isEmpty();
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(Duration.ofSeconds(2));

      assertThat(
              PartReadiness.await(
                  Map.of(web, alive, silent, alive), Duration.ofSeconds(3), new PrintStream(out)))
          .containsExactly("silent");
    } finally {
      server.stop(0);
      alive.stop(Duration.ofSeconds(5));
    }
  }

  private PartSpec part(String name, String readyUrl) {
    Properties p = new Properties();
    p.setProperty("name", name);
    p.setProperty("main", "x.Main");
    p.setProperty("readyUrl", readyUrl);
    return PartSpec.parse(dir.resolve(name), p);
  }

  /** A live child process to stand for the part (a dead one is never waited for). */
  private ChildJvm sleeper() {
    return ChildJvm.start(
        "sleeper",
        0,
        List.of(),
        List.of(System.getProperty("java.class.path").split(":")),
        FakePart.class.getName(),
        List.of("run", "sleeper"),
        Map.of(),
        dir,
        dir.resolve("sleeper.log"));
  }
}
