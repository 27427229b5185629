package com.tweetrade.stack.flink;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What {@code cluster start} leaves in {@code <home>/flink/cluster.properties} while it runs: its
 * pid and REST address, so that {@code submit}, {@code list}, {@code savepoint} and {@code stop} in
 * another terminal find the cluster.
 *
 * @param pid the {@code cluster start} JVM; stopping it stops the whole cluster
 * @param restUrl e.g. http://127.0.0.1:8081
 */
record ClusterState(long pid, String restUrl) {
  static final String FILE = "cluster.properties";

  static Path file(Path flinkHome) {
    return flinkHome.resolve(FILE);
  }

  void write(Path flinkHome) {
    Properties p = new Properties();
    p.setProperty("pid", Long.toString(pid));
    p.setProperty("rest", restUrl);
    try {
      Files.createDirectories(flinkHome);
      try (Writer w = Files.newBufferedWriter(file(flinkHome))) {
        p.store(w, "Written by bin/tweetrade cluster start; removed when it stops");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file(flinkHome), e);
    }
  }

  /** The state of a cluster whose {@code start} process is still alive, if any. */
  static Optional<ClusterState> read(Path flinkHome) {
    Path f = file(flinkHome);
    if (!Files.isRegularFile(f)) return Optional.empty();
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(f)) {
      p.load(r);
      ClusterState state =
          new ClusterState(Long.parseLong(p.getProperty("pid", "-1")), p.getProperty("rest", ""));
      boolean alive = ProcessHandle.of(state.pid).map(ProcessHandle::isAlive).orElse(false);
      return alive ? Optional.of(state) : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  static void delete(Path flinkHome) {
    try {
      Files.deleteIfExists(file(flinkHome));
    } catch (IOException e) {
      // a stale file is ignored by read() once the pid is gone
    }
  }
}
