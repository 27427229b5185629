package com.tweetrade.model.settings;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The CQL setting ({@code --cql}, TWEETRADE_CQL): {@code host:port}, or a comma-separated list of
 * them for a ring. The driver finds every node of the ring from any one; more than one lets a
 * client start while one of them is down. A missing port means Cassandra's default 9042.
 */
public final class CqlContactPoints {
  public static final int DEFAULT_PORT = 9042;

  private CqlContactPoints() {}

  /**
   * The contact points of {@code value}, unresolved, in order.
   *
   * @throws IllegalArgumentException naming the bad entry
   */
  public static List<InetSocketAddress> parse(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the CQL contact points are empty (expected host:port)");
    }
    List<InetSocketAddress> points = new ArrayList<>();
    for (String entry : value.split(",")) {
      points.add(parseOne(entry.trim(), value));
    }
    return List.copyOf(points);
  }

  /**
   * The one port all of {@code value}'s contact points share (the 3.x driver of Flink's Cassandra
   * connector takes a single port).
   *
   * @throws IllegalArgumentException when they differ
   */
  public static int sharedPort(List<InetSocketAddress> points) {
    int port = points.get(0).getPort();
    if (points.stream().anyMatch(p -> p.getPort() != port)) {
      throw new IllegalArgumentException(
          "the CQL contact points must share one port, but are " + points);
    }
    return port;
  }

  private static InetSocketAddress parseOne(String entry, String whole) {
    if (entry.isEmpty()) {
      throw new IllegalArgumentException("empty entry in the CQL contact points '" + whole + "'");
    }
    int colon = entry.lastIndexOf(':');
    if (colon < 0) {
      return InetSocketAddress.createUnresolved(entry, DEFAULT_PORT);
    }
    String host = entry.substring(0, colon).trim();
    try {
      int port = Integer.parseInt(entry.substring(colon + 1).trim());
      if (!host.isEmpty() && port > 0 && port <= 65535) {
        return InetSocketAddress.createUnresolved(host, port);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "expected host:port in the CQL contact points, was '" + entry + "'");
  }
}
