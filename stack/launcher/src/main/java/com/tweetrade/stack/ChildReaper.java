package com.tweetrade.stack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure child processes die with this JVM: one shutdown hook stops every child still
 * registered (SIGTERM, wait, then SIGKILL).
 */
final class ChildReaper {
  private static final Set<ChildJvm> CHILDREN = ConcurrentHashMap.newKeySet();
  private static final Duration GRACE = Duration.ofSeconds(20);

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(ChildReaper::stopAll, "tweetrade-child-reaper"));
  }

  private ChildReaper() {}

  static void register(ChildJvm child) {
    CHILDREN.add(child);
  }

  static void unregister(ChildJvm child) {
    CHILDREN.remove(child);
  }

  private static void stopAll() {
    List<ChildJvm> children = new ArrayList<>(CHILDREN);
    // Signal all first, then wait: they drain in parallel instead of one after the other.
    children.forEach(ChildJvm::signalStop);
    children.forEach(child -> child.stop(GRACE));
  }
}
