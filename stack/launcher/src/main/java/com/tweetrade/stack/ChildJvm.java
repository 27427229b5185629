package com.tweetrade.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Java program running in its own child JVM, with stdout and stderr appended to one log file.
 *
 * <p>The child starts through {@link ParentWatchdog}, so it also exits when this JVM is killed
 * hard. {@link #stop} sends SIGTERM, waits, then kills the process and its descendants.
 */
public final class ChildJvm {
  /** Written to the log before each start, so {@link #logTail} only shows the current run. */
  static final String START_MARKER = "===== tweetrade: starting ";

  private final String name;
  private final Process process;
  private final Path logFile;

  private ChildJvm(String name, Process process, Path logFile) {
    this.name = name;
    this.process = process;
    this.logFile = logFile;
  }

  /**
   * Starts {@code java <jvmArgs> -cp <classpath> ParentWatchdog <pid> <mainClass> <args>}.
   *
   * @param stopRank the rank in which the shutdown hook stops it: higher ranks stop first (servers,
   *     and whatever should stop with them, have rank 0)
   * @param classpath entries of the program; the launcher's own code location is appended for the
   *     watchdog
   */
  public static ChildJvm start(
      String name,
      int stopRank,
      List<String> jvmArgs,
      List<String> classpath,
      String mainClass,
      List<String> args,
      Map<String, String> env,
      Path workDir,
      Path logFile) {
    List<String> command = new ArrayList<>();
    command.addAll(ownSessionPrefix());
    command.add(javaExecutable());
    command.addAll(jvmArgs);
    List<String> fullClasspath = new ArrayList<>(classpath);
    fullClasspath.add(launcherCodeLocation());
    command.add("-cp");
    command.add(String.join(java.io.File.pathSeparator, fullClasspath));
    command.add(ParentWatchdog.class.getName());
    command.add(Long.toString(ProcessHandle.current().pid()));
    command.add(mainClass);
    command.addAll(args);
    return startCommand(name, stopRank, command, env, workDir, logFile);
  }

  /** Starts an arbitrary command with the same logging and cleanup. */
  static ChildJvm startCommand(
      String name,
      int stopRank,
      List<String> command,
      Map<String, String> env,
      Path workDir,
      Path logFile) {
    try {
      Files.createDirectories(logFile.getParent());
      Files.createDirectories(workDir);
      Files.writeString(
          logFile,
          START_MARKER + name + " at " + Instant.now() + "\n" + String.join(" ", command) + "\n",
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
      builder.environment().putAll(env);
      ChildJvm child = new ChildJvm(name, builder.start(), logFile);
      ChildReaper.register(child, stopRank);
      return child;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + name + " (log: " + logFile + ")", e);
    }
  }

  /**
   * {@code setsid} when the system has it: the child gets its own session and process group, so a
   * Ctrl-C in the terminal reaches only this JVM, which then stops the children in order (parts
   * before the servers they write to) instead of every process at once.
   */
  private static List<String> ownSessionPrefix() {
    for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return List.of(candidate);
      }
    }
    return List.of();
  }

  /** The {@code java} of the JVM we run on. */
  public static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String launcherCodeLocation() {
    try {
      return Path.of(
              ParentWatchdog.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException("Cannot locate the launcher's own classes", e);
    }
  }

  public String name() {
    return name;
  }

  public long pid() {
    return process.pid();
  }

  /** The OS process, e.g. to check that it is gone. */
  public ProcessHandle toHandle() {
    return process.toHandle();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Exit code, or -1 while running. */
  public int exitCode() {
    return process.isAlive() ? -1 : process.exitValue();
  }

  public Path logFile() {
    return logFile;
  }

  /** Waits for the child to exit on its own; true when it did within the timeout. */
  public boolean waitFor(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** True once this JVM is shutting down and stopping its children on purpose. */
  public static boolean isShuttingDown() {
    return ChildReaper.isShuttingDown();
  }

  /**
   * Runs {@code action} when the shutdown hook is about to stop this child, before the SIGTERM,
   * while the children of lower ranks (Kafka, Cassandra) still run.
   */
  public void beforeStop(Runnable action) {
    ChildReaper.beforeStop(this, action);
  }

  /** SIGTERM to the child, without waiting. */
  void signalStop() {
    process.destroy();
  }

  /**
   * Stops the child: SIGTERM, wait up to {@code grace}, then SIGKILL for it and any process it
   * started. Safe to call more than once.
   */
  public void stop(Duration grace) {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    ChildReaper.unregister(this);
  }

  /** The last {@code lines} lines the child wrote in its current run. */
  public String logTail(int lines) {
    return tail(logFile, lines);
  }

  /** {@code Last lines of LOG_FILE:} and {@link #logTail}, to end a message about this child. */
  public String logTailReport(int lines) {
    return "Last lines of " + logFile + ":\n" + logTail(lines);
  }

  /** {@code NAME exited with code N.} and {@link #logTailReport}, for a child that died. */
  public String exitReport(int lines) {
    return name + " exited with code " + exitCode() + ". " + logTailReport(lines);
  }

  /** The last {@code lines} lines of a log file after its last start marker. */
  public static String tail(Path logFile, int lines) {
    try {
      if (!Files.exists(logFile)) {
        return "(no log at " + logFile + ")";
      }
      List<String> all = Files.readAllLines(logFile, StandardCharsets.ISO_8859_1);
      int start = 0;
      for (int i = all.size() - 1; i >= 0; i--) {
        if (all.get(i).startsWith(START_MARKER)) {
          start = i;
          break;
        }
      }
      List<String> run = all.subList(Math.max(start, all.size() - lines), all.size());
      return String.join("\n", run);
    } catch (IOException e) {
      return "(cannot read " + logFile + ": " + e.getMessage() + ")";
    }
  }

  @Override
  public String toString() {
    return name + " (pid " + pid() + ", log " + logFile + ")";
  }
}
