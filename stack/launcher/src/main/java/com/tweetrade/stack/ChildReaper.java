package com.tweetrade.stack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure child processes die with this JVM: one shutdown hook stops every child still
 * registered (SIGTERM, wait, then SIGKILL).
 *
 * <p>Children stop by rank, highest first, and children of one rank in parallel: the parts of
 * {@code up} (rank = their order) stop before Kafka and Cassandra (rank 0), which they write to. A
 * second hook elsewhere could not guarantee that order, because the JVM runs hooks concurrently.
 */
final class ChildReaper {
  private static final Map<ChildJvm, Integer> CHILDREN = new ConcurrentHashMap<>();
  private static final Map<ChildJvm, Runnable> BEFORE_STOP = new ConcurrentHashMap<>();
  private static final Duration GRACE = Duration.ofSeconds(20);
  private static volatile boolean shuttingDown;

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(ChildReaper::stopAll, "tweetrade-child-reaper"));
  }

  private ChildReaper() {}

  static void register(ChildJvm child, int stopRank) {
    CHILDREN.put(child, stopRank);
  }

  static void unregister(ChildJvm child) {
    CHILDREN.remove(child);
    BEFORE_STOP.remove(child);
  }

  static void beforeStop(ChildJvm child, Runnable action) {
    BEFORE_STOP.put(child, action);
  }

  /**
   * True once the JVM is shutting down, so watchers do not report the children it stops as crashes.
   */
  static boolean isShuttingDown() {
    return shuttingDown;
  }

  private static void runBeforeStop(ChildJvm child) {
    Runnable action = BEFORE_STOP.remove(child);
    if (action == null) return;
    try {
      action.run();
    } catch (RuntimeException e) {
      System.err.println("tweetrade: before stopping " + child.name() + ": " + e.getMessage());
    }
  }

  private static void stopAll() {
    shuttingDown = true;
    TreeMap<Integer, List<ChildJvm>> byRank = new TreeMap<>();
    CHILDREN.forEach(
        (child, rank) -> {
          // Children that ended on their own (e.g. Kafka's storage formatter) need no stopping.
          if (child.isAlive()) {
            byRank.computeIfAbsent(rank, r -> new ArrayList<>()).add(child);
          }
        });
    if (!byRank.isEmpty()) {
      // Logging may already be shut down in a shutdown hook; stderr is not.
      System.err.println(
          "tweetrade: stopping "
              + byRank.descendingMap().values().stream()
                  .flatMap(List::stream)
                  .map(ChildJvm::name)
                  .toList());
    }
    for (List<ChildJvm> children : byRank.descendingMap().values()) {
      // What must happen while the child and the servers below it still run (a Flink savepoint).
      children.forEach(ChildReaper::runBeforeStop);
      // Signal all first, then wait: one rank drains in parallel instead of one after the other.
      children.forEach(ChildJvm::signalStop);
      children.forEach(child -> child.stop(GRACE));
    }
    if (!byRank.isEmpty()) {
      System.err.println("tweetrade: all stopped");
    }
  }
}
