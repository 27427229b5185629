package com.tweetrade.stack.flink;

import com.tweetrade.stack.Ports;
import com.tweetrade.stack.StackSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a standalone Flink session cluster keeps its files and which ports it uses.
 *
 * <p>{@link #overrides()} is what the launcher sets on top of {@code flink-conf/config.yaml} (as
 * {@code -D} dynamic properties of every Flink JVM): loopback addresses, the ports, the slots, and
 * the checkpoint, savepoint, temp and upload directories under {@link #flinkHome()}, so nothing
 * lands in {@code /tmp} and two clusters (e.g. a test's and a developer's) never share a port.
 *
 * @param root project root, holding {@code flink-conf/config.yaml}
 * @param flinkHome {@code $TWEETRADE_HOME/flink}: conf, checkpoints, savepoints, tmp, web uploads
 * @param logsDir one log file per JVM: flink-jobmanager.log, flink-taskmanager-N.log
 * @param restPort REST API and Web UI
 * @param rpcPort JobManager RPC (TaskManagers register there)
 * @param taskManagers number of TaskManager JVMs
 * @param slotsPerTaskManager task slots of each TaskManager
 * @param startTimeout how long the JobManager may take to have every TaskManager registered
 * @param extraConfig more Flink options, applied last (e.g. a smaller
 *     taskmanager.memory.process.size)
 */
public record FlinkClusterSettings(
    Path root,
    Path flinkHome,
    Path logsDir,
    int restPort,
    int rpcPort,
    int taskManagers,
    int slotsPerTaskManager,
    Duration startTimeout,
    Map<String, String> extraConfig) {

  public static final int DEFAULT_REST_PORT = 8081;
  public static final int DEFAULT_RPC_PORT = 6123;
  public static final int DEFAULT_TASK_MANAGERS = 2;
  public static final int DEFAULT_SLOTS = 2;

  public FlinkClusterSettings {
    if (taskManagers < 1) throw new IllegalArgumentException("at least one TaskManager is needed");
    if (slotsPerTaskManager < 1)
      throw new IllegalArgumentException("at least one slot per TaskManager is needed");
    extraConfig = Map.copyOf(extraConfig);
    // The JVMs run in flinkHome, so a relative path would resolve differently there.
    root = root.toAbsolutePath().normalize();
    flinkHome = flinkHome.toAbsolutePath().normalize();
    logsDir = logsDir.toAbsolutePath().normalize();
  }

  /**
   * The cluster of this machine's stack: under {@code $TWEETRADE_HOME/flink}, REST on 8081, RPC on
   * 6123.
   */
  public static FlinkClusterSettings of(StackSettings stack, Path root) {
    return new FlinkClusterSettings(
        root,
        stack.home().resolve("flink"),
        stack.logsDir(),
        DEFAULT_REST_PORT,
        DEFAULT_RPC_PORT,
        DEFAULT_TASK_MANAGERS,
        DEFAULT_SLOTS,
        stack.startTimeout(),
        Map.of());
  }

  /** A throw-away cluster on free random ports under {@code home} (tests). */
  public static FlinkClusterSettings randomPorts(
      Path root, Path home, int taskManagers, int slots) {
    List<Integer> ports = Ports.freePorts(2);
    return new FlinkClusterSettings(
        root,
        home.resolve("flink"),
        home.resolve("logs"),
        ports.get(0),
        ports.get(1),
        taskManagers,
        slots,
        Duration.ofSeconds(240),
        Map.of());
  }

  /** A copy with other ports. */
  public FlinkClusterSettings withPorts(int rest, int rpc) {
    return new FlinkClusterSettings(
        root,
        flinkHome,
        logsDir,
        rest,
        rpc,
        taskManagers,
        slotsPerTaskManager,
        startTimeout,
        extraConfig);
  }

  /** A copy with another number of TaskManagers and slots each. */
  public FlinkClusterSettings withTaskManagers(int count, int slots) {
    return new FlinkClusterSettings(
        root, flinkHome, logsDir, restPort, rpcPort, count, slots, startTimeout, extraConfig);
  }

  /** A copy with more Flink options. */
  public FlinkClusterSettings withExtraConfig(Map<String, String> more) {
    Map<String, String> all = new LinkedHashMap<>(extraConfig);
    all.putAll(more);
    return new FlinkClusterSettings(
        root,
        flinkHome,
        logsDir,
        restPort,
        rpcPort,
        taskManagers,
        slotsPerTaskManager,
        startTimeout,
        all);
  }

  /** The configuration directory the JVMs get with {@code --configDir}. */
  public Path confDir() {
    return flinkHome.resolve("conf");
  }

  public Path savepointsDir() {
    return flinkHome.resolve("savepoints");
  }

  public Path checkpointsDir() {
    return flinkHome.resolve("checkpoints");
  }

  /** "http://127.0.0.1:port", the REST API and Web UI. */
  public String restUrl() {
    return "http://" + Ports.HOST + ":" + restPort;
  }

  /**
   * Options set on top of config.yaml, in a stable order; the same for the JobManager and every
   * TaskManager.
   */
  public Map<String, String> overrides() {
    Map<String, String> o = new LinkedHashMap<>();
    o.put("jobmanager.rpc.address", Ports.HOST);
    o.put("jobmanager.rpc.port", Integer.toString(rpcPort));
    o.put("jobmanager.bind-host", Ports.HOST);
    o.put("rest.address", Ports.HOST);
    o.put("rest.bind-address", Ports.HOST);
    o.put("rest.port", Integer.toString(restPort));
    o.put("taskmanager.host", Ports.HOST);
    o.put("taskmanager.bind-host", Ports.HOST);
    o.put("taskmanager.numberOfTaskSlots", Integer.toString(slotsPerTaskManager));
    // Flink 1.20 reads config.yaml's state.checkpoints.dir / state.savepoints.dir as the new keys
    // below, which win over the old ones: override both names.
    o.put("execution.checkpointing.dir", fileUri(checkpointsDir()));
    o.put("execution.checkpointing.savepoint-dir", fileUri(savepointsDir()));
    o.put("state.checkpoints.dir", fileUri(checkpointsDir()));
    o.put("state.savepoints.dir", fileUri(savepointsDir()));
    o.put("io.tmp.dirs", flinkHome.resolve("tmp").toString());
    o.put("web.tmpdir", flinkHome.resolve("web").toString());
    // Uploaded job jars; a restarted JobManager forgets them, so `submit` uploads every time.
    o.put("web.upload.dir", flinkHome.resolve("web").toString());
    // `cluster submit` uploads the job jar through the REST API, which flink-conf turns off for the
    // local run; browsers may still call the API only from this cluster's own Web UI origin.
    o.put("web.submit.enable", "true");
    o.put("web.access-control-allow-origin", "http://" + Ports.HOST + ":" + restPort);
    o.putAll(extraConfig);
    return o;
  }

  /**
   * "file:///abs/path"; unlike {@code Path.toUri()} it does not depend on whether the directory
   * exists yet.
   */
  static String fileUri(Path dir) {
    return "file://" + dir.toAbsolutePath().normalize();
  }

  /** {@link #overrides()} as {@code -D key=value} arguments. */
  public List<String> overrideArgs() {
    return dynamicProperties(overrides());
  }

  static List<String> dynamicProperties(Map<String, String> options) {
    return options.entrySet().stream()
        .flatMap(e -> java.util.stream.Stream.of("-D", e.getKey() + "=" + e.getValue()))
        .toList();
  }

  /** The newest shaded job jar in {@code <root>/flink-job/target}. */
  public static Path defaultJobJar(Path root) {
    Path target = root.resolve("flink-job").resolve("target");
    try (Stream<Path> files = Files.isDirectory(target) ? Files.list(target) : Stream.empty()) {
      List<Path> jars =
          files
              .filter(p -> p.getFileName().toString().matches("flink-job-.*\\.jar"))
              .filter(p -> !p.getFileName().toString().endsWith("-tests.jar"))
              .sorted(Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed())
              .toList();
      if (jars.isEmpty()) {
        throw new IllegalStateException(
            "No job jar in "
                + target
                + ": build it with `cd flink-job && mvn -B package -DskipTests` (or give --jar)");
      }
      return jars.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + target, e);
    }
  }
}
