package com.tweetrade.quotes;

import com.tweetrade.model.tickers.TickerDirectory;
import com.tweetrade.stack.KafkaTopics;
import com.tweetrade.stack.LocalBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Measures the unthrottled rate at which the simulator gets quotes into a Kafka broker.
 *
 * <p>Starts a throw-away local broker through the stack launcher (or uses {@code
 * -Dbench.bootstrap=host:port}), creates a 3-partition topic, and runs the producer that {@code
 * simulate-quotes --clock historical} builds (all ~3,200 tickers, JSON, {@link KafkaQuoteSink} with
 * its default settings, {@code -Dbench.threads} producing threads, default 1) for a warm-up (at
 * least 5 s and 2,000,000 quotes, at most 120 s) and then {@code -Dbench.seconds} (default 20)
 * measured seconds. The figure counts quotes the broker has acknowledged: the clock stops after the
 * final flush. Extra producer settings may be given as {@code -Dbench.producer.<key>=<value>}.
 * Writes the result to the file named by the first argument. Run with {@code mvn -B -Pbench verify}
 * in quote-simulator.
 */
public final class QuoteThroughputBenchmark {
  private static final int WARMUP_SECONDS = 5;
  private static final int WARMUP_MAX_SECONDS = 120;
  private static final long WARMUP_QUOTES = Long.getLong("bench.warmup.quotes", 2_000_000L);

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "target/bench/quote-throughput.txt");
    int seconds = Integer.getInteger("bench.seconds", 20);
    String given = System.getProperty("bench.bootstrap");
    Path home = Files.createTempDirectory("quote-bench-");
    LocalBroker broker = null;
    try {
      String bootstrap = given;
      if (bootstrap == null || bootstrap.isBlank()) {
        broker = LocalBroker.start(home);
        bootstrap = broker.bootstrap();
      }
      String topic = "quotes-bench-" + Long.toHexString(System.nanoTime());
      KafkaTopics.create(bootstrap, topic, 3, Map.of());
      Map<String, String> overrides = producerOverrides();
      int threads = Integer.getInteger("bench.threads", 1);
      List<String> cli =
          new ArrayList<>(
              List.of(
                  "--kafka",
                  bootstrap,
                  "--topic",
                  topic,
                  "--clock",
                  "historical",
                  "--start",
                  Instant.now().minusSeconds(3600).toString(),
                  "--seed",
                  "1",
                  "--threads",
                  Integer.toString(threads)));
      overrides.forEach((k, v) -> cli.addAll(List.of("-X", k + "=" + v)));
      // Exactly what `simulate-quotes --clock historical` builds.
      QuoteSimulatorCommand command = new QuoteSimulatorCommand();
      new CommandLine(command).parseArgs(cli.toArray(String[]::new));
      Producer producer = command.buildProducer();
      int tickers = TickerDirectory.standard().size();
      java.util.concurrent.atomic.AtomicReference<Throwable> failure =
          new java.util.concurrent.atomic.AtomicReference<>();
      Thread loop = new Thread(producer, "quote-bench-producer");
      loop.setUncaughtExceptionHandler((t, e) -> failure.set(e));
      long warmupStart = System.nanoTime();
      loop.start();
      // Warm up by time and by volume: on a busy machine the JIT compilers get little CPU, and
      // until Jackson and the Kafka client are compiled a quote costs ten times more.
      long warmupDeadline = System.nanoTime() + WARMUP_MAX_SECONDS * 1_000_000_000L;
      Thread.sleep(WARMUP_SECONDS * 1000L);
      while (producer.sent() < WARMUP_QUOTES
          && System.nanoTime() < warmupDeadline
          && loop.isAlive()) {
        Thread.sleep(200);
      }
      long warmupSeconds = Math.round((System.nanoTime() - warmupStart) / 1e9);
      String loadBefore = loadAverage();
      long startNanos = System.nanoTime();
      long startCount = producer.sent();
      long producerCpuStart = cpuNanos(ProcessHandle.current());
      long brokerCpuStart = broker == null ? 0 : cpuNanos(broker.process());
      Thread.sleep(seconds * 1000L);
      producer.stop();
      loop.join();
      producer.close(); // flushed by the loop; closing waits for nothing more
      if (failure.get() != null)
        throw new IllegalStateException("the producer failed", failure.get());
      long elapsedNanos = System.nanoTime() - startNanos;
      long quotes = producer.sent() - startCount;
      long producerCpu = cpuNanos(ProcessHandle.current()) - producerCpuStart;
      long brokerCpu = broker == null ? 0 : cpuNanos(broker.process()) - brokerCpuStart;
      // CPU per quote does not depend on what else runs on the machine, so it shows what two free
      // cores could do even when the measured rate is held down by other processes.
      double cpuMicrosPerQuote = (producerCpu + brokerCpu) / 1e3 / Math.max(1, quotes);
      double twoCoreCapacity = 2e6 / cpuMicrosPerQuote;
      double rate = quotes / (elapsedNanos / 1e9);

      String report =
          String.format(
              "quote-throughput: %,.0f quotes/s%nquotes: %,d in %.2f s measured after a %d s"
                  + " warm-up (%,d tickers, historical clock, unthrottled, %d producer"
                  + " thread(s))%nbroker: %s%nproducer overrides: %s (defaults: acks=all,"
                  + " idempotence, linger.ms=20, batch.size=262144, lz4)%ncpu: producer %.1f s +"
                  + " broker %.1f s = %.2f us/quote; two free cores would sustain ~%,.0f"
                  + " quotes/s%nmachine: %d cores, java %s, load average before/after: %s /"
                  + " %s%nwhen: %s%n",
              rate,
              quotes,
              elapsedNanos / 1e9,
              warmupSeconds,
              tickers,
              threads,
              given == null || given.isBlank()
                  ? "local broker started by the stack launcher on the same machine"
                  : given,
              overrides.isEmpty() ? "none" : overrides,
              producerCpu / 1e9,
              brokerCpu / 1e9,
              cpuMicrosPerQuote,
              twoCoreCapacity,
              Runtime.getRuntime().availableProcessors(),
              System.getProperty("java.version"),
              loadBefore,
              loadAverage(),
              Instant.now());
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(out, report);
      System.out.print(report);
    } finally {
      if (broker != null) broker.close();
      deleteQuietly(home);
    }
  }

  /** CPU time of a process so far (all its threads), in nanoseconds. */
  private static long cpuNanos(ProcessHandle process) {
    return process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
  }

  /** Other processes on the same 2 cores change the figure a lot, so the report shows them. */
  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static Map<String, String> producerOverrides() {
    Map<String, String> overrides = new java.util.TreeMap<>();
    String prefix = "bench.producer.";
    System.getProperties().stringPropertyNames().stream()
        .filter(k -> k.startsWith(prefix))
        .forEach(k -> overrides.put(k.substring(prefix.length()), System.getProperty(k)));
    return overrides;
  }

  private static void deleteQuietly(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
