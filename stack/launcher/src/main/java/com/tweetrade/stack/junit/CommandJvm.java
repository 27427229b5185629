package com.tweetrade.stack.junit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * A command-line tool's main class in a JVM of its own, on the test's classpath, with its stderr
 * read into a list as it comes: for tests of how a tool reports and stops on SIGTERM. A failed wait
 * throws an {@link AssertionError} that shows the stderr so far.
 *
 * <p>SIGTERM goes through {@link ProcessHandle#destroy()}, not {@link Process#destroy()}: the
 * latter also closes this side of the child's stdout and stderr pipes right after the signal, so
 * whatever the child prints while shutting down (often the very lines under test) could never be
 * read.
 */
public final class CommandJvm implements AutoCloseable {
  private static final Duration READER_JOIN = Duration.ofSeconds(30);

  private final Process process;
  private final List<String> stderr = new CopyOnWriteArrayList<>();
  private final Thread reader;

  private CommandJvm(Process process, String name) {
    this.process = process;
    this.reader = new Thread(this::readStderr, name + "-stderr");
    reader.start();
  }

  /**
   * Starts {@code mainClass} with {@code args}, {@code env} added to this JVM's environment; its
   * stdout is discarded.
   */
  public static CommandJvm start(Class<?> mainClass, Map<String, String> env, String... args)
      throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                mainClass.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().putAll(env);
    return new CommandJvm(builder.start(), mainClass.getSimpleName());
  }

  /** Waits until a stderr line matches {@code line} ({@code what} names it in a failure). */
  public void awaitStderr(Predicate<String> line, Duration timeout, String what)
      throws InterruptedException {
    await(() -> stderr.stream().anyMatch(line), timeout, what);
  }

  /**
   * Waits until {@code condition} holds; fails when the JVM exits or {@code timeout} passes first.
   */
  public void await(BooleanSupplier condition, Duration timeout, String what)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (!process.isAlive()) {
        throw new AssertionError("exited before " + what + "; stderr: " + stderr);
      }
      if (System.nanoTime() > end) {
        throw new AssertionError("no " + what + " within " + timeout + "; stderr: " + stderr);
      }
      Thread.sleep(100);
    }
  }

  /**
   * Sends SIGTERM, waits up to {@code timeout} for the exit and for the rest of stderr, and returns
   * the time from the signal to the exit.
   */
  public Duration sigterm(Duration timeout) throws InterruptedException {
    long start = System.nanoTime();
    if (!process.toHandle().destroy()) {
      throw new AssertionError("SIGTERM not sent");
    }
    if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
      throw new AssertionError("not exited " + timeout + " after SIGTERM; stderr: " + stderr);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    reader.join(READER_JOIN.toMillis());
    return took;
  }

  /** The stderr lines read so far (all of them once {@link #sigterm} returned). */
  public List<String> stderr() {
    return stderr;
  }

  /** Kills the JVM if it still runs. */
  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly();
    reader.join(READER_JOIN.toMillis());
  }

  private void readStderr() {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      r.lines().forEach(stderr::add);
    } catch (IOException | UncheckedIOException e) {
      stderr.add("(reading stderr failed: " + e + ")");
    }
  }
}
