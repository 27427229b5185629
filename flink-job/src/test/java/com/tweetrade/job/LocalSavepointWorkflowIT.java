package com.tweetrade.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.stack.Ports;
import com.tweetrade.stack.ProjectRoot;
import com.tweetrade.stack.flink.LocalJobRun;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15 item 14: the savepoint workflow of docs/operations.md "On the local MiniCluster", run as
 * written: each command in its own JVM, as bin/tweetrade starts it (same main classes, Flink's
 * opens), against the default REST address http://127.0.0.1:8081. Before the fix `cluster savepoint
 * --stop` printed no path (the job's JVM was gone before it read the result) and `migrate export`
 * ended with an exception on stderr.
 */
@ExtendWith(RealStackExtension.class)
class LocalSavepointWorkflowIT {
  private static final Duration STEP = Duration.ofMinutes(3);

  /**
   * bin/tweetrade job and migrate: flink-job's classes and runtime classpath (its logging
   * included).
   */
  private static final String JOB = "com.tweetrade.job.TweeTradeJob";

  private static final String MIGRATE = "com.tweetrade.job.migrate.MigrateCommand";

  /** bin/tweetrade cluster: the launcher, here from this test's classpath. */
  private static final String CLUSTER = "com.tweetrade.stack.flink.ClusterCommand";

  private static final Pattern JOB_LINE =
      Pattern.compile("^([0-9a-f]{32})\\s+RUNNING", Pattern.MULTILINE);

  /** Under target/, not a temp dir: the logs of each command stay for a look after a failure. */
  private final Path home = Path.of("target", "workflow-it-" + System.nanoTime()).toAbsolutePath();

  private final List<Process> started = new ArrayList<>();

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void shouldTakeTheSavepointPrintItsPathAndRestoreFromIt(RealStack stack) throws Exception {
    assertThat(Ports.isFree(8081))
        .as("port 8081 (the workflow's default Flink REST port) is free")
        .isTrue();
    Files.createDirectories(home);
    List<String> jobFlags =
        new ArrayList<>(
            List.of(
                "--kafka",
                stack.kafkaBootstrap(),
                "--cql",
                StackJobs.cql(stack),
                "--keyspace",
                stack.createKeyspace()));
    // Topics of the run's own: --quotes-topic quotes-<random> and so on.
    for (String topic :
        List.of("quotes", "tweets", "rules", "aggregates", "dead-letters", "trades", "positions")) {
      jobFlags.add("--" + topic + "-topic");
      jobFlags.add(stack.createTopic(topic, 1));
    }
    try {
      // bin/tweetrade job --local &
      Process job = start("job-1", JOB, with(List.of("--local"), jobFlags));
      // bin/tweetrade cluster list
      String jobId = awaitRunningJob();
      // SP=$(bin/tweetrade cluster savepoint --job <JOB_ID> --stop)
      Result savepoint = run("savepoint", CLUSTER, List.of("savepoint", "--job", jobId, "--stop"));
      assertThat(savepoint.exitCode()).as(savepoint.toString()).isZero();
      String sp = savepoint.stdout().trim();
      assertThat(sp)
          .as(savepoint.toString())
          .startsWith("file:")
          .contains(home.resolve("flink/savepoints").toString());
      assertThat(Files.exists(Path.of(sp.substring("file:".length())).resolve("_metadata")))
          .isTrue();
      // ...the job ends, and so does its JVM
      assertThat(job.waitFor(STEP.toSeconds(), TimeUnit.SECONDS)).as("the job's JVM ends").isTrue();
      assertThat(job.exitValue()).isZero();

      // bin/tweetrade job --local --from-savepoint "$SP"
      Process restored =
          start("job-2", JOB, with(List.of("--local", "--from-savepoint", sp), jobFlags));
      String restoredId = awaitRunningJob();
      assertThat(restoredId).isNotEqualTo(jobId);
      assertThat(restoredFrom(restoredId))
          .as("the restored job's checkpoint statistics")
          .contains(sp.substring("file:".length()));
      assertThat(Files.readString(home.resolve("job-2.log")))
          .contains("Restoring the job's state from " + sp);
      restored.destroy();
      assertThat(restored.waitFor(STEP.toSeconds(), TimeUnit.SECONDS)).isTrue();

      // bin/tweetrade migrate export --savepoint "$SP"
      Result export = run("export", MIGRATE, List.of("export", "--savepoint", sp));
      assertThat(export.exitCode()).as(export.toString()).isZero();
      assertThat(export.stdout().trim()).startsWith("[").endsWith("]");
      assertThat(export.log()).as("migrate export ends cleanly").doesNotContain("Exception");
    } finally {
      started.forEach(Process::destroyForcibly);
    }
  }

  /**
   * The job's checkpoint statistics as the Web UI shows them: they name the savepoint it was
   * restored from.
   */
  private static String restoredFrom(String jobId) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:8081/jobs/" + jobId + "/checkpoints"))
            .timeout(Duration.ofSeconds(10))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  /** What `cluster list` prints, until it shows a running job; returns its id. */
  private String awaitRunningJob() throws Exception {
    Instant deadline = Instant.now().plus(STEP);
    Result list = null;
    while (Instant.now().isBefore(deadline)) {
      list = run("list", CLUSTER, List.of("list"));
      Matcher running = JOB_LINE.matcher(list.stdout());
      if (list.exitCode() == 0 && running.find()) return running.group(1);
      Thread.sleep(2_000);
    }
    throw new AssertionError("no running job within " + STEP + "; last `cluster list`: " + list);
  }

  private Process start(String name, String main, List<String> args) throws Exception {
    Process process =
        builder(main, args)
            .redirectErrorStream(true)
            .redirectOutput(home.resolve(name + ".log").toFile())
            .start();
    started.add(process);
    return process;
  }

  private Result run(String name, String main, List<String> args) throws Exception {
    Path out = home.resolve(name + ".out");
    Path log = home.resolve(name + ".log");
    Process process =
        builder(main, args).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
    started.add(process);
    if (!process.waitFor(STEP.toSeconds(), TimeUnit.SECONDS))
      throw new AssertionError(name + " did not end");
    return new Result(process.exitValue(), Files.readString(out), Files.readString(log));
  }

  /** The command bin/tweetrade runs, with this test's classpath and data directory. */
  private ProcessBuilder builder(String main, List<String> args) {
    ProcessBuilder builder =
        new ProcessBuilder(command(main, args)).directory(ProjectRoot.find().toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("TWEETRADE_"));
    builder.environment().put("TWEETRADE_HOME", home.toString());
    return builder;
  }

  private static List<String> command(String main, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(LocalJobRun.jvmOptions());
    command.add("-Dtweetrade.root=" + ProjectRoot.find());
    command.add("-cp");
    command.add(main.equals(CLUSTER) ? System.getProperty("java.class.path") : flinkJobClasspath());
    command.add(main);
    command.addAll(args);
    return command;
  }

  /** What bin/tweetrade puts on the classpath of flink-job's commands (written at `package`). */
  private static String flinkJobClasspath() {
    Path target = ProjectRoot.find().resolve("flink-job/target");
    try {
      return target.resolve("classes")
          + java.io.File.pathSeparator
          + Files.readString(target.resolve("classpath.txt")).trim();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(
          "flink-job is not packaged (no target/classpath.txt)", e);
    }
  }

  private static List<String> with(List<String> first, List<String> then) {
    List<String> all = new ArrayList<>(first);
    all.addAll(then);
    return all;
  }

  private record Result(int exitCode, String stdout, String log) {
    @Override
    public String toString() {
      return "exit " + exitCode + ", stdout:\n" + stdout + "\nstderr:\n" + log;
    }
  }
}
