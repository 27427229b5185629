package com.tweetrade.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One server of a stack of {@code size} servers of a kind: {@code id} 1..size, on its own loopback
 * address 127.0.0.{@code id}. Linux routes all of 127.0.0.0/8 to loopback, so three nodes keep the
 * same ports (9092, 9042, 7000) on three addresses, as three machines would. A single-node stack is
 * {@link #SINGLE}: 127.0.0.1, with the names and directories it has always had.
 */
public record ClusterMember(int id, int size) {
  public static final ClusterMember SINGLE = new ClusterMember(1, 1);

  public ClusterMember {
    if (size < 1 || size > 9 || id < 1 || id > size) {
      throw new IllegalArgumentException("node " + id + " of " + size + " (1 to 9 nodes)");
    }
  }

  /** Every member of a stack of {@code size} nodes, by id. */
  public static List<ClusterMember> all(int size) {
    return IntStream.rangeClosed(1, size).mapToObj(id -> new ClusterMember(id, size)).toList();
  }

  public String host() {
    return "127.0.0." + id;
  }

  public boolean clustered() {
    return size > 1;
  }

  /** "kafka" alone, "kafka-2" in a cluster: process, log and directory names. */
  public String name(String base) {
    return clustered() ? base + "-" + id : base;
  }

  /** {@code <parent>/<base>} or {@code <parent>/<base>-<id>}. */
  public Path dir(Path parent, String base) {
    return parent.resolve(name(base));
  }

  /**
   * A port that binds to 127.0.0.1 whatever the node's address (Cassandra's local JMX): one per
   * node, counting up from {@code base}.
   */
  public int loopbackOnlyPort(int base) {
    return base + id - 1;
  }

  /** "host:port" of every member, comma-separated, for clients. */
  public static String addresses(int size, int port) {
    return String.join(",", all(size).stream().map(m -> m.host() + ":" + port).toList());
  }
}
