package com.tweetrade.stack.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.stack.Ports;
import com.tweetrade.stack.ProjectRoot;
import com.tweetrade.stack.up.FlinkJvmOptions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code cluster start} the way bin/tweetrade runs it (own JVM, the launcher's classpath.txt), then
 * {@code cluster list} and {@code cluster stop} from this JVM, which find it through {@code
 * <home>/flink/cluster.properties}: the start process and all Flink JVMs must be gone.
 */
class ClusterCommandIT {
  private static final Duration START_LIMIT = Duration.ofMinutes(5);

  @Test
  void shouldStartListAndStopTheClusterFromSeparateCommands() throws Exception {
    Path home =
        Files.createDirectories(
            Path.of("target", "cluster-cli-it-" + System.nanoTime()).toAbsolutePath());
    List<Integer> ports = Ports.freePorts(2);
    Path output = home.resolve("start-output.txt");
    List<String> command =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(FlinkJvmOptions.asArgs());
    command.addAll(
        List.of(
            "-Dtweetrade.root=" + ProjectRoot.find(),
            "-cp",
            classpath(),
            ClusterCommand.class.getName(),
            "--home",
            home.toString(),
            "start",
            "--rest-port",
            ports.get(0).toString(),
            "--rpc-port",
            ports.get(1).toString()));
    Process start =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    List<ProcessHandle> children = new ArrayList<>();
    try {
      long deadline = System.nanoTime() + START_LIMIT.toNanos();
      while (!Files.readString(output).contains("Press Ctrl-C to stop")) {
        assertThat(start.isAlive())
            .as("cluster start runs; output:\n%s", Files.readString(output))
            .isTrue();
        assertThat(System.nanoTime()).as("started within %s", START_LIMIT).isLessThan(deadline);
        Thread.sleep(500);
      }
      assertThat(Files.readString(output)).contains("http://127.0.0.1:" + ports.get(0));
      children.addAll(start.descendants().toList());
      assertThat(children.stream().filter(ProcessHandle::isAlive).count())
          .isGreaterThanOrEqualTo(3);

      // Both find the cluster only through the state file: no --rest is given.
      assertThat(run("--home", home.toString(), "list")).as("cluster list exit code").isZero();
      assertThat(run("--home", home.toString(), "stop")).as("cluster stop exit code").isZero();
      assertThat(start.waitFor(2, TimeUnit.MINUTES))
          .as("cluster start exits after `cluster stop`")
          .isTrue();
      assertThat(children).noneMatch(ProcessHandle::isAlive);
      assertThat(Ports.isFree(ports.get(0))).isTrue();
      assertThat(ClusterState.read(home.resolve("flink"))).isEmpty();
    } finally {
      start.destroyForcibly();
      children.forEach(ProcessHandle::destroyForcibly);
    }
  }

  /** Runs a subcommand in this JVM and returns its exit code. */
  private static int run(String... args) {
    return new CommandLine(new ClusterCommand()).execute(args);
  }

  private static String classpath() throws Exception {
    return Path.of("target", "classes").toAbsolutePath()
        + File.pathSeparator
        + Files.readString(Path.of("target", "classpath.txt")).trim();
  }
}
