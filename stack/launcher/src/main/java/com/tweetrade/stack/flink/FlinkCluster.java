package com.tweetrade.stack.flink;

import com.tweetrade.model.access.Credentials;
import com.tweetrade.stack.ChildJvm;
import com.tweetrade.stack.Ports;
import com.tweetrade.stack.ServerClasspath;
import com.tweetrade.stack.up.FlinkJvmOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real standalone Flink session cluster on 127.0.0.1: one JobManager ({@code
 * StandaloneSessionClusterEntrypoint}) and N TaskManagers ({@code TaskManagerRunner}), each in its
 * own child JVM, started from the Maven jars of {@code stack/flink-runtime}.
 *
 * <p>Does what Flink's {@code jobmanager.sh} and {@code taskmanager.sh} do, without flink-dist:
 * computes the memory flags with {@code BashJavaUtils}, then starts the entry points with {@code
 * --configDir} and the overrides of {@link FlinkClusterSettings#overrides()}. Jobs are managed over
 * REST ({@link #rest()}). {@link #close()} stops every JVM and waits for it to exit.
 */
public final class FlinkCluster implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FlinkCluster.class);
  static final String JOBMANAGER_MAIN =
      "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint";
  static final String TASKMANAGER_MAIN = "org.apache.flink.runtime.taskexecutor.TaskManagerRunner";
  static final String BASH_JAVA_UTILS = "org.apache.flink.runtime.util.bash.BashJavaUtils";

  /**
   * Stop order in the launcher's shutdown hook: TaskManagers, then the JobManager, then
   * Kafka/Cassandra (0).
   */
  private static final int TASKMANAGER_STOP_RANK = 6;

  private static final int JOBMANAGER_STOP_RANK = 5;
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);
  private static final int LOG_TAIL_LINES = 40;

  private final FlinkClusterSettings settings;
  private final FlinkRestClient rest;
  private final List<ChildJvm> processes = new ArrayList<>();

  private FlinkCluster(FlinkClusterSettings settings) {
    this.settings = settings;
    this.rest = new FlinkRestClient(settings.restUrl());
  }

  /**
   * Starts the JobManager and the TaskManagers and returns once all TaskManagers are registered. On
   * failure every started JVM is stopped and the error carries the failing JVM's log tail.
   */
  public static FlinkCluster start(FlinkClusterSettings settings) {
    Ports.requireFree(
        settings.restPort(),
        "the Flink REST API / Web UI",
        "--rest-port (a MiniCluster of `bin/tweetrade job --local` or `up` uses 8081 too)");
    Ports.requireFree(settings.rpcPort(), "the Flink JobManager RPC", "--rpc-port");
    FlinkCluster cluster = new FlinkCluster(settings);
    try {
      cluster.launch();
      return cluster;
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  private void launch() {
    Instant started = Instant.now();
    Path confDir = FlinkConfDir.write(settings);
    List<String> classpath = ServerClasspath.flink();
    // Both computations take a JVM start each (seconds on a busy machine): run them side by side.
    // A TaskManager's memory does not depend on its id, so one computation serves them all.
    var tmMemoryLater =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> memoryFlags("GET_TM_RESOURCE_PARAMS", classpath, confDir),
            FlinkCluster::inNewThread);
    MemoryFlags jmMemory = memoryFlags("GET_JM_RESOURCE_PARAMS", classpath, confDir);
    ChildJvm jobManager =
        startJvm(
            "flink-jobmanager",
            JOBMANAGER_STOP_RANK,
            JOBMANAGER_MAIN,
            jmMemory,
            classpath,
            confDir,
            List.of());
    LOG.info("Flink JobManager starting (pid {}), Web UI {}", jobManager.pid(), settings.restUrl());
    MemoryFlags tmMemory = join(tmMemoryLater);
    for (int i = 1; i <= settings.taskManagers(); i++) {
      List<String> id = List.of("-D", "taskmanager.resource-id=taskmanager-" + i);
      ChildJvm tm =
          startJvm(
              "flink-taskmanager-" + i,
              TASKMANAGER_STOP_RANK,
              TASKMANAGER_MAIN,
              tmMemory,
              classpath,
              confDir,
              id);
      LOG.info("Flink TaskManager {} starting (pid {})", i, tm.pid());
    }
    awaitTaskManagers();
    LOG.info(
        "Flink cluster up in {} s: {} TaskManagers x {} slots, Web UI {}",
        Duration.between(started, Instant.now()).toSeconds(),
        settings.taskManagers(),
        settings.slotsPerTaskManager(),
        settings.restUrl());
  }

  private ChildJvm startJvm(
      String name,
      int rank,
      String main,
      MemoryFlags memory,
      List<String> classpath,
      Path confDir,
      List<String> extraArgs) {
    Path log = settings.logsDir().resolve(name + ".log");
    List<String> jvmArgs = new ArrayList<>(FlinkJvmOptions.asArgs());
    jvmArgs.addAll(memory.jvmArgs());
    jvmArgs.add("-Dlog.file=" + log);
    jvmArgs.add("-Dlog4j.configurationFile=" + confDir.resolve(FlinkConfDir.LOG4J_FILE).toUri());
    List<String> args = new ArrayList<>(List.of("--configDir", confDir.toString()));
    args.addAll(settings.overrideArgs());
    args.addAll(extraArgs);
    args.addAll(memory.dynamicProperties());
    // The job's main runs in the JobManager (REST submit): it signs in with the credentials file
    // this
    // process was given (bin/tweetrade names the job's on a secured stack).
    String credentials = System.getenv(Credentials.ENV);
    Map<String, String> env =
        credentials == null || credentials.isBlank()
            ? Map.of()
            : Map.of(Credentials.ENV, credentials);
    ChildJvm child =
        ChildJvm.start(name, rank, jvmArgs, classpath, main, args, env, settings.flinkHome(), log);
    processes.add(child);
    return child;
  }

  /** Runs BashJavaUtils like Flink's scripts do and parses the memory flags it prints. */
  private MemoryFlags memoryFlags(String command, List<String> classpath, Path confDir) {
    // C1 only: this JVM lives for a second of work, so compiling hot code fully would only cost
    // time.
    List<String> cmd =
        new ArrayList<>(
            List.of(
                ChildJvm.javaExecutable(),
                "-Xmx128m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                String.join(java.io.File.pathSeparator, classpath),
                BASH_JAVA_UTILS,
                command,
                "--configDir",
                confDir.toString()));
    cmd.addAll(settings.overrideArgs());
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IllegalStateException("BashJavaUtils " + command + " failed:\n" + output);
      }
      return MemoryFlags.parse(output);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run BashJavaUtils", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while computing Flink's memory flags", e);
    }
  }

  private static MemoryFlags join(java.util.concurrent.CompletableFuture<MemoryFlags> future) {
    try {
      return future.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /**
   * The common pool has one thread on 2 cores; a plain thread keeps the two computations parallel.
   */
  private static void inNewThread(Runnable task) {
    Thread thread = new Thread(task, "tweetrade-flink-memory");
    thread.setDaemon(true);
    thread.start();
  }

  private void awaitTaskManagers() {
    Instant deadline = Instant.now().plus(settings.startTimeout());
    while (true) {
      for (ChildJvm child : processes) {
        if (!child.isAlive()) {
          throw new IllegalStateException(
              child.name()
                  + " exited with code "
                  + child.exitCode()
                  + " during start. "
                  + child.logTailReport(LOG_TAIL_LINES));
        }
      }
      // A TaskManager registers before its slot report arrives: wait for the slots too, so that a
      // job submitted right after start finds all of them.
      FlinkRestClient.Overview overview = rest.isUp() ? rest.overview() : null;
      int registered = overview == null ? 0 : overview.taskManagers();
      int slots = overview == null ? 0 : overview.slotsTotal();
      if (registered >= settings.taskManagers()
          && slots >= settings.taskManagers() * settings.slotsPerTaskManager()) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        ChildJvm jm = processes.get(0);
        throw new IllegalStateException(
            "Only "
                + registered
                + " of "
                + settings.taskManagers()
                + " TaskManagers registered within "
                + settings.startTimeout().toSeconds()
                + " s. "
                + jm.logTailReport(LOG_TAIL_LINES));
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for the TaskManagers", e);
      }
    }
  }

  public FlinkClusterSettings settings() {
    return settings;
  }

  /** The REST client of this cluster. */
  public FlinkRestClient rest() {
    return rest;
  }

  /**
   * The JobManager first, then the TaskManagers (the stack's own tests; other modules use
   * processHandles).
   */
  public List<ChildJvm> processes() {
    return List.copyOf(processes);
  }

  /** The first JVM that exited on its own, or null while all run. */
  ChildJvm firstDead() {
    return processes.stream().filter(p -> !p.isAlive()).findFirst().orElse(null);
  }

  /**
   * "flink-taskmanager-1 died: <its log's last lines>" for the first JVM that exited on its own, if
   * any.
   */
  public Optional<String> firstDeath() {
    return Optional.ofNullable(firstDead()).map(dead -> dead.name() + " died: " + dead.logTail(40));
  }

  /**
   * The OS processes of the cluster, the JobManager first: to check that none is left after close.
   */
  public List<ProcessHandle> processHandles() {
    return processes.stream().map(ChildJvm::toHandle).toList();
  }

  /**
   * Kills TaskManager {@code taskManagerId} (e.g. {@code taskmanager-1}) with SIGKILL and waits
   * until it is gone (fault injection); returns its process id.
   */
  public long killTaskManager(String taskManagerId) throws InterruptedException {
    ChildJvm tm =
        processes.stream()
            .filter(p -> p.name().equals("flink-" + taskManagerId))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No JVM for " + taskManagerId));
    tm.toHandle().destroyForcibly();
    tm.waitFor(Duration.ofSeconds(30));
    return tm.pid();
  }

  /** Uploads {@code jar} and runs it; returns the job id once all its tasks run. */
  public String submit(Path jar, JobSubmission submission) {
    return run(rest.uploadJar(jar), submission);
  }

  /** Runs an already uploaded jar; returns the job id once all its tasks run. */
  public String run(String jarId, JobSubmission submission) {
    String jobId = rest.runJar(jarId, submission);
    rest.awaitRunning(jobId, settings.startTimeout());
    return jobId;
  }

  /** Stops the job with a savepoint under the cluster's savepoint directory; returns its path. */
  public String stopWithSavepoint(String jobId) {
    return rest.stopWithSavepoint(
        jobId, FlinkClusterSettings.fileUri(settings.savepointsDir()), settings.startTimeout());
  }

  /**
   * Rescales a running job: stop with a savepoint, then start the same jar from it at another
   * parallelism. Returns the new job's id.
   */
  public Rescaled rescale(String jarId, String jobId, JobSubmission submission, int parallelism) {
    String savepoint = stopWithSavepoint(jobId);
    return new Rescaled(run(jarId, submission.restoredFrom(savepoint, parallelism)), savepoint);
  }

  /** The job restarted by {@link #rescale} and the savepoint it was restored from. */
  public record Rescaled(String jobId, String savepoint) {}

  /** Stops the TaskManagers, then the JobManager, and waits until every JVM has exited. */
  @Override
  public void close() {
    List<ChildJvm> reversed = new ArrayList<>(processes);
    java.util.Collections.reverse(reversed);
    reversed.forEach(p -> p.toHandle().destroy());
    for (ChildJvm p : reversed) p.stop(STOP_GRACE);
    LOG.info("Flink cluster stopped");
  }
}
