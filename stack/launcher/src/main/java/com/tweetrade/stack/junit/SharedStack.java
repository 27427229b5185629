package com.tweetrade.stack.junit;

import com.tweetrade.stack.LocalStack;
import com.tweetrade.stack.Ports;
import com.tweetrade.stack.ProjectRoot;
import com.tweetrade.stack.StackSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The stack of one test JVM, started on first use and closed by JUnit at the end of the run.
 *
 * <p>A failed start is remembered, so later test classes fail at once with the same reason instead
 * of trying again for minutes.
 */
final class SharedStack implements ExtensionContext.Store.CloseableResource {
  static final String ENV_KAFKA = "TWEETRADE_TEST_KAFKA";
  static final String ENV_CQL = "TWEETRADE_TEST_CQL";
  private static final Duration EXTERNAL_WAIT = Duration.ofSeconds(30);
  private static final int START_ATTEMPTS = 3;

  private RealStack stack;
  private LocalStack local;
  private Path home;
  private RuntimeException failure;

  synchronized RealStack get() {
    if (failure != null) {
      throw new IllegalStateException(
          "The test stack could not be started earlier in this run", failure);
    }
    if (stack == null) {
      try {
        stack = create();
      } catch (RuntimeException e) {
        failure = e;
        throw e;
      }
    }
    return stack;
  }

  private RealStack create() {
    Path root = ProjectRoot.find();
    String kafka = System.getenv(ENV_KAFKA);
    String cql = System.getenv(ENV_CQL);
    boolean hasKafka = kafka != null && !kafka.isBlank();
    boolean hasCql = cql != null && !cql.isBlank();
    if (hasKafka || hasCql) {
      return external(kafka, cql, hasKafka, hasCql, root);
    }
    home = newHome();
    for (int attempt = 1; ; attempt++) {
      try {
        local = LocalStack.start(StackSettings.randomPorts(home), false, root);
        return new RealStack(
            local.kafkaBootstrap(),
            local.cassandraContactPoint(),
            root,
            ProcessHandle.of(local.kafkaPid()));
      } catch (com.tweetrade.stack.PortTakenException e) {
        // Another process grabbed one of the random ports between picking and binding: pick again.
        if (attempt == START_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static RealStack external(
      String kafka, String cql, boolean hasKafka, boolean hasCql, Path root) {
    if (!hasKafka || !hasCql) {
      throw new IllegalStateException(
          "Set both "
              + ENV_KAFKA
              + " and "
              + ENV_CQL
              + " (host:port) to test against a running stack, "
              + "or neither to let the tests start their own; got "
              + ENV_KAFKA
              + "="
              + kafka
              + ", "
              + ENV_CQL
              + "="
              + cql);
    }
    InetSocketAddress kafkaAddress = Ports.parseHostPort(kafka.trim());
    InetSocketAddress cqlAddress = Ports.parseHostPort(cql.trim());
    awaitReachable(kafkaAddress, ENV_KAFKA, "Kafka");
    awaitReachable(cqlAddress, ENV_CQL, "Cassandra");
    return new RealStack(
        kafka.trim(),
        new InetSocketAddress(cqlAddress.getHostString(), cqlAddress.getPort()),
        root,
        Optional.empty());
  }

  private static void awaitReachable(InetSocketAddress address, String env, String service) {
    Instant deadline = Instant.now().plus(EXTERNAL_WAIT);
    while (!Ports.isListening(address.getHostString(), address.getPort())) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            service
                + " at "
                + env
                + "="
                + address.getHostString()
                + ":"
                + address.getPort()
                + " does not accept connections (waited "
                + EXTERNAL_WAIT.toSeconds()
                + " s). Start it (bin/tweetrade stack) or unset "
                + ENV_KAFKA
                + " and "
                + ENV_CQL
                + " so the tests start their own stack.");
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for " + service, e);
      }
    }
  }

  /** target/realstack-<time> when run from a Maven module, else a temp directory. */
  private static Path newHome() {
    String name =
        "realstack-"
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
    try {
      Path target = Path.of("target");
      if (Files.isDirectory(target)) {
        return Files.createDirectories(target.resolve(name)).toAbsolutePath();
      }
      return Files.createTempDirectory(name).toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a directory for the test stack", e);
    }
  }

  /** Stops the stack and deletes its data; the logs stay for reading after a failed run. */
  @Override
  public synchronized void close() {
    if (stack != null) {
      stack.close();
    }
    if (local != null) {
      local.close();
      deleteData(home.resolve("kafka"));
      deleteData(home.resolve("cassandra"));
    }
  }

  private static void deleteData(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
      for (Path path : all) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // Leftover files under target/ are harmless; `mvn clean` removes them.
    }
  }
}
