package com.tweetrade.stack;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

/**
 * Entry point of every child JVM: exits the child when its parent process is gone, then runs the
 * real main class.
 *
 * <p>The launcher's shutdown hook stops children on Ctrl-C and SIGTERM, but a parent killed with
 * SIGKILL (e.g. a test JVM that Maven kills on timeout) runs no hooks; without this watchdog its
 * Kafka and Cassandra would live on and hold their ports. {@code System.exit} runs the server's own
 * shutdown hooks, so the child still shuts down cleanly. This class must only use the JDK: it runs
 * on the server's classpath.
 *
 * <p>Usage: {@code ParentWatchdog <parentPid> <mainClass> [args...]}.
 */
final class ParentWatchdog {
  private ParentWatchdog() {}

  public static void main(String[] args) throws Throwable {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: ParentWatchdog <parentPid> <mainClass> [args...]");
    }
    long parentPid = Long.parseLong(args[0]);
    Thread watchdog = new Thread(() -> watch(parentPid), "tweetrade-parent-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();

    Method main = Class.forName(args[1]).getMethod("main", String[].class);
    main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
  }

  private static void watch(long parentPid) {
    Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
    while (parent.isPresent() && parent.get().isAlive()) {
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return;
      }
    }
    System.err.println("tweetrade: parent process " + parentPid + " is gone, shutting down");
    System.exit(0);
  }
}
