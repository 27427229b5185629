package com.tweetrade.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Start failures say what went wrong: the port and its setting, or the tail of the server's log.
 */
class StartFailureIT {
  @Test
  void shouldRefuseToStartWhenTheCqlPortIsTaken() throws Exception {
    Path home = Files.createDirectories(Path.of("target", "port-taken-it-" + System.nanoTime()));
    StackSettings free = StackSettings.randomPorts(home);
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(Ports.HOST))) {
      StackSettings settings =
          new StackSettings(
              home,
              free.kafkaPort(),
              free.kafkaControllerPort(),
              taken.getLocalPort(),
              free.cassandraStoragePort(),
              free.cassandraJmxPort(),
              0,
              free.kafkaHeap(),
              free.cassandraHeap(),
              free.startTimeout(),
              false);

      assertThatThrownBy(() -> LocalStack.start(settings, false, home))
          .isInstanceOf(PortTakenException.class)
          .hasMessageContaining("Port " + taken.getLocalPort())
          .hasMessageContaining("Cassandra (CQL)")
          .hasMessageContaining("TWEETRADE_CQL_PORT");
    }
    // Nothing was started, so nothing holds the other ports.
    assertThat(Ports.isFree(free.kafkaPort())).isTrue();
  }

  @Test
  void shouldShowTheTailOfTheLogWhenAServerCannotStart() throws Exception {
    Path home = Files.createDirectories(Path.of("target", "bad-heap-it-" + System.nanoTime()));
    StackSettings free = StackSettings.randomPorts(home);
    StackSettings badHeap =
        new StackSettings(
            home,
            free.kafkaPort(),
            free.kafkaControllerPort(),
            free.cqlPort(),
            free.cassandraStoragePort(),
            free.cassandraJmxPort(),
            0,
            "lots",
            free.cassandraHeap(),
            Duration.ofSeconds(60),
            false);
    Files.createDirectories(badHeap.kafkaDir().resolve("data"));
    // Pretend the storage is formatted, so the broker JVM itself is what fails.
    Files.writeString(badHeap.kafkaDir().resolve("data/meta.properties"), "version=1\n");

    assertThatThrownBy(() -> new KafkaNode(badHeap).start())
        .hasMessageContaining("Kafka exited with code")
        .hasMessageContaining("kafka.log")
        .hasMessageContaining("Invalid initial heap size: -Xmslots");
  }
}
