package com.tweetrade.stack.up;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.stack.Ports;
import com.tweetrade.stack.ProjectRoot;
import com.tweetrade.stack.junit.UpJvm;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code up} the way bin/tweetrade does (own JVM, launcher's classpath.txt), with three fake
 * parts, then sends SIGTERM and checks that no process is left.
 */
class UpCommandIT {
  private static final Duration START_LIMIT = Duration.ofMinutes(5);

  /** Fake parts' classpath: this module's test classes. */
  private static final String TEST_CLASSES =
      Path.of("target", "test-classes").toAbsolutePath().toString();

  @Test
  void shouldStartPartsReportCrashesAndLeaveNothingRunningAfterSigterm() throws Exception {
    Path root = projectRoot("up-it-");
    writePart(
        root,
        "good-part",
        "name=good-part\norder=20\nmain="
            + FakePart.class.getName()
            + "\nargs=run ${kafka}\nurl=http://127.0.0.1:1/fake\nnote=sign in as demo\n",
        TEST_CLASSES);
    writePart(
        root,
        "crashing-part",
        "name=crashing-part\norder=30\nmain=" + FakePart.class.getName() + "\nargs=crash\n",
        TEST_CLASSES);
    writePart(root, "unbuilt-part", "name=unbuilt-part\nmain=x.Y\n", null);
    List<Integer> ports = Ports.freePorts(5);
    Path output = root.resolve("up-output.txt");

    Process up = up(root, ports, output).start();
    List<ProcessHandle> children = new ArrayList<>();
    try {
      awaitOutput(up, output, "crashing-part exited with code 3");
      awaitOutput(
          up, output, "status: kafka up, cassandra up, good-part up, crashing-part exited(3)");
      String text = Files.readString(output);
      assertThat(text)
          .contains("Kafka bootstrap:  127.0.0.1:" + ports.get(0))
          .contains("TweeTrade is up")
          .contains("good-part: http://127.0.0.1:1/fake  sign in as demo")
          .contains("boom: fake part crashing on purpose")
          .contains("not starting unbuilt-part");
      assertThat(Files.readString(root.resolve("var/logs/good-part.log")))
          .contains(
              "fake part running with run 127.0.0.1:"
                  + ports.get(0)
                  + " cql=127.0.0.1:"
                  + ports.get(2));
      children.addAll(up.descendants().toList());
      assertThat(children.stream().filter(ProcessHandle::isAlive).count())
          .as("kafka, cassandra and good-part run")
          .isGreaterThanOrEqualTo(3);

      up.destroy();
      assertThat(up.waitFor(3, TimeUnit.MINUTES)).as("up exits after SIGTERM").isTrue();
    } finally {
      up.descendants().forEach(ProcessHandle::destroyForcibly);
      up.destroyForcibly();
    }
    assertThat(children).noneMatch(ProcessHandle::isAlive);
    assertThat(Files.readString(root.resolve("var/logs/good-part.log")))
        .contains("fake part stopping");
  }

  /**
   * {@code up --live} with a quote-feed token in the environment: the parts get their liveArgs with
   * the loopback endpoints (Jetstream-like and Finnhub-like addresses on 127.0.0.1) and the banner
   * names the live sources. Fake parts stand in for the producers (their own UpLivePartTests run
   * the real ones).
   */
  @Test
  void shouldStartThePartsLiveArgsAndNameTheLiveSources() throws Exception {
    Path root = projectRoot("up-live-it-");
    writePart(
        root,
        "quotes-part",
        "name=quotes-part\norder=20\nmain="
            + FakePart.class.getName()
            + "\nargs=run simulated\nliveArgs=run --source ${quoteSource} ${quoteEndpoint}\n",
        TEST_CLASSES);
    writePart(
        root,
        "tweets-part",
        "name=tweets-part\norder=30\nmain="
            + FakePart.class.getName()
            + "\nargs=run replay\nliveArgs=run --source bluesky ${jetstreamEndpoint}\n",
        TEST_CLASSES);
    List<Integer> ports = Ports.freePorts(7);
    String jetstream = "ws://127.0.0.1:" + ports.get(5) + "/subscribe";
    String feed = "ws://127.0.0.1:" + ports.get(6) + "/";
    Path output = root.resolve("up-output.txt");

    ProcessBuilder builder =
        up(
            root,
            ports,
            output,
            "--live",
            "--jetstream-endpoint",
            jetstream,
            "--quote-endpoint",
            feed);
    // Hermetic: the caller's own Alpaca keys would reach the parts too.
    builder
        .environment()
        .keySet()
        .removeIf(name -> name.startsWith("APCA_") || name.startsWith("ALPACA_"));
    builder.environment().put("FINNHUB_TOKEN", "up-live-it-token");
    Process up = builder.start();
    try {
      awaitOutput(up, output, "TweeTrade is up");
      awaitOutput(
          up,
          output,
          "live: Bluesky posts from Jetstream at "
              + jetstream
              + "; live quotes from Finnhub (FINNHUB_TOKEN) at "
              + feed);
      assertThat(Files.readString(root.resolve("var/logs/quotes-part.log")))
          .contains("fake part running with run --source finnhub --endpoint=" + feed + " cql=");
      assertThat(Files.readString(root.resolve("var/logs/tweets-part.log")))
          .contains(
              "fake part running with run --source bluesky --endpoint=" + jetstream + " cql=");
      assertThat(Files.readString(output)).doesNotContain("up-live-it-token");
      up.destroy();
      assertThat(up.waitFor(3, TimeUnit.MINUTES)).as("up exits after SIGTERM").isTrue();
    } finally {
      up.descendants().forEach(ProcessHandle::destroyForcibly);
      up.destroyForcibly();
    }
  }

  /** A fresh project root under target/ with the real schema.cql, for one run of up. */
  private static Path projectRoot(String prefix) throws Exception {
    Path root =
        Files.createDirectories(Path.of("target", prefix + System.nanoTime()).toAbsolutePath());
    Files.copy(ProjectRoot.find().resolve("schema.cql"), root.resolve("schema.cql"));
    return root;
  }

  /**
   * up on {@code ports} as bin/tweetrade runs it: target/classes and the launcher's classpath.txt.
   */
  private static ProcessBuilder up(Path root, List<Integer> ports, Path output, String... more)
      throws Exception {
    String classpath =
        Path.of("target", "classes").toAbsolutePath()
            + File.pathSeparator
            + Files.readString(Path.of("target", "classpath.txt")).trim();
    return UpJvm.builder(classpath, root, ports, 3, output, more);
  }

  private static void writePart(Path root, String module, String properties, String classpath)
      throws Exception {
    Path dir = Files.createDirectories(root.resolve(module));
    Files.writeString(dir.resolve(PartSpec.FILE_NAME), properties);
    if (classpath != null) {
      Files.createDirectories(dir.resolve("target"));
      Files.writeString(dir.resolve("target/classpath.txt"), classpath);
    }
  }

  private static void awaitOutput(Process up, Path output, String expected) throws Exception {
    UpJvm.awaitOutput(up, output, expected, START_LIMIT);
  }
}
