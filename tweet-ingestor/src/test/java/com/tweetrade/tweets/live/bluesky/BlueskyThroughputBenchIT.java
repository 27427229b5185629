package com.tweetrade.tweets.live.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import com.tweetrade.tweets.Fixtures;
import com.tweetrade.tweets.TimeSource;
import com.tweetrade.tweets.TweetPublisher;
import com.tweetrade.tweets.live.Backoff;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark: a loopback Jetstream floods realistic post creates as fast as the client takes them;
 * the Bluesky source (filter {@code --lang en --all}) sends them into the real broker. Writes
 * posts/s and CPU per post to {@code target/bench/bluesky-throughput.txt} (goal: 20,000 posts/s).
 * Asserts only that every post was acknowledged once: the speed is a figure to read, not a test
 * that can flake.
 *
 * <p>{@code -Dtweetrade.bench.posts=N} (default 300,000) posts after {@code
 * -Dtweetrade.bench.warmup=N} (default 150,000) into a topic of their own, so the JIT has compiled
 * the hot paths of both JVMs. The flood server runs in this JVM, so the client's CPU is that of the
 * client's own threads (socket reader, source, Kafka producer; GC and JIT excluded, the whole JVM
 * is written too as an upper bound); the broker's is its process's.
 */
@ExtendWith(RealStackExtension.class)
class BlueskyThroughputBenchIT {
  private static final Set<String> SERVER_THREADS =
      Set.of("WebSocketSelector", "WebSocketWorker", "flood", "connectionLost");

  @Test
  void shouldMeasurePostsPerSecondIntoKafka(RealStack stack) throws Exception {
    long posts = Long.getLong("tweetrade.bench.posts", 300_000);
    long warmup = Long.getLong("tweetrade.bench.warmup", 150_000);
    ProcessHandle broker = stack.kafkaProcess().orElse(null);
    if (warmup > 0) run(stack, warmup, broker);
    Run run = run(stack, posts, broker);

    double rate = run.sent / run.seconds;
    List<String> lines =
        List.of(
            "# tweet-ingestor --source bluesky --all --lang en from a loopback Jetstream into a"
                + " local Kafka broker",
            "date=" + Instant.now(),
            "posts=" + run.sent,
            "bytes_per_message=" + run.bytesPerMessage,
            "seconds=" + String.format("%.3f", run.seconds),
            "posts_per_second=" + Math.round(rate),
            "goal_posts_per_second=20000",
            "goal_met=" + (rate >= 20_000),
            "client_threads_cpu_us_per_post="
                + String.format("%.2f", run.clientCpu * 1e6 / run.sent),
            "whole_test_jvm_cpu_us_per_post="
                + String.format("%.2f", run.jvmCpu * 1e6 / run.sent)
                + " (client + flood server + GC/JIT)",
            "broker_cpu_us_per_post="
                + (broker == null ? "n/a" : String.format("%.2f", run.brokerCpu * 1e6 / run.sent)),
            "cores=" + Runtime.getRuntime().availableProcessors(),
            "load_average_at_end=" + String.format("%.2f", run.loadAtEnd));
    Path out = Fixtures.writeBenchReport("bluesky-throughput.txt", lines);
    System.out.printf(
        "bluesky benchmark: %d posts in %.2f s = %.0f posts/s -> %s%n",
        run.sent, run.seconds, rate, out.toAbsolutePath());

    assertThat(run.sent).isEqualTo(posts);
  }

  private static Run run(RealStack stack, long posts, ProcessHandle broker) throws Exception {
    TweetPublisher publisher =
        Fixtures.benchPublisher(stack, "tweets-bluesky-bench", "tweet-ingestor/bluesky");
    try (FloodServer server = new FloodServer(posts)) {
      BlueskySource source =
          new BlueskySource(
              new BlueskySource.Settings(
                  server.endpoint(), true, Set.of("en"), Set.of(), posts, Duration.ofSeconds(30)),
              publisher,
              null,
              ResumePoint.NONE,
              Backoff.JETSTREAM,
              TimeSource.SYSTEM);
      var os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      Map<Long, Long> threadsBefore = clientThreadCpu();
      long jvmBefore = os.getProcessCpuTime();
      long brokerBefore = cpuNanos(broker);
      long start = System.nanoTime();
      Thread t = new Thread(source, "bluesky-bench");
      t.start();
      t.join();
      publisher.flush();
      double seconds = (System.nanoTime() - start) / 1e9;
      Map<Long, Long> threadsAfter = clientThreadCpu();
      double clientCpu = 0;
      for (Map.Entry<Long, Long> e : threadsAfter.entrySet()) {
        clientCpu += (e.getValue() - threadsBefore.getOrDefault(e.getKey(), 0L)) / 1e9;
      }
      Run run =
          new Run(
              publisher.counters().sent.get(),
              seconds,
              clientCpu,
              (os.getProcessCpuTime() - jvmBefore) / 1e9,
              (cpuNanos(broker) - brokerBefore) / 1e9,
              os.getSystemLoadAverage(),
              server.bytesPerMessage);
      publisher.close();
      assertThat(publisher.counters().failed.get()).isZero();
      assertThat(publisher.counters().duplicates.get()).isZero();
      return run;
    }
  }

  private record Run(
      long sent,
      double seconds,
      double clientCpu,
      double jvmCpu,
      double brokerCpu,
      double loadAtEnd,
      int bytesPerMessage) {}

  /** CPU time of every live thread that is not the flood server's. */
  private static Map<Long, Long> clientThreadCpu() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<Long, Long> out = new HashMap<>();
    for (var info : mx.getThreadInfo(mx.getAllThreadIds())) {
      if (info == null || SERVER_THREADS.stream().anyMatch(p -> info.getThreadName().startsWith(p)))
        continue;
      out.put(info.getThreadId(), mx.getThreadCpuTime(info.getThreadId()));
    }
    return out;
  }

  /**
   * Sends {@code count} distinct post creates to each connection, as fast as the client reads them.
   */
  private static final class FloodServer extends LoopbackWebSocketServer {
    private static final String[] TEXTS = {
      "Tesla deliveries beat estimates again, $TSLA up premarket",
      "Not sure about this market. Holding cash until earnings season is over.",
      "$AAPL services revenue is the story nobody talks about",
      "Morning everyone! Coffee first, charts later",
      "Fed minutes at 2pm. Expect volatility in $SPY and $QQQ"
    };
    private final long count;
    volatile int bytesPerMessage;

    FloodServer(long count) throws InterruptedException {
      this.count = count;
      listen();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
      new Thread(
              () -> {
                long t0 = JetstreamMessages.T0;
                for (long i = 0; i < count && conn.isOpen(); i++) {
                  String text = TEXTS[(int) (i % TEXTS.length)] + " #" + i;
                  String msg =
                      JetstreamMessages.post(
                          "did:plc:bench" + (i % 5000),
                          "3lb" + Long.toString(i, 36),
                          t0 + i * 20,
                          text,
                          "en",
                          JetstreamMessages.cashtagFacet("$TSLA", 5));
                  if (i == 0) bytesPerMessage = msg.getBytes(StandardCharsets.UTF_8).length;
                  conn.send(msg);
                  // keep the send queue short: flood at the client's pace, not into this JVM's heap
                  if ((i & 1023) == 1023)
                    while (conn.hasBufferedData() && conn.isOpen()) Thread.onSpinWait();
                }
              },
              "flood")
          .start();
    }
  }

  private static long cpuNanos(ProcessHandle h) {
    return h == null ? 0 : h.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }
}
