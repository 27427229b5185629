package com.tweetrade.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * Small TCP helpers: is a port free, is something listening, pick free ports. Part of the stack's
 * public API: for a test that needs a fixed port free (say Flink's default REST port) or picks
 * ports of its own.
 */
public final class Ports {
  /**
   * Random ports come from below Linux's ephemeral range (32768-60999): the kernel gives ports of
   * that range to every outgoing connection, so a port picked there can be taken by a client before
   * the server binds it (seen: a Flink JobManager failing with BindException in a full test run).
   */
  static final int PICK_FROM = 15_000;

  static final int PICK_TO = 32_000;
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  /** Every service of the stack binds to loopback only. */
  public static final String HOST = "127.0.0.1";

  private Ports() {}

  /** True when nothing holds {@code port} on 127.0.0.1 (we can bind it ourselves). */
  public static boolean isFree(int port) {
    return isFree(HOST, port);
  }

  /** True when nothing holds {@code port} on {@code host} (a loopback address). */
  public static boolean isFree(String host, int port) {
    try (ServerSocket socket = new ServerSocket()) {
      // SO_REUSEADDR ignores sockets in TIME_WAIT, which the servers themselves ignore too.
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Fails with an error naming the port, the service and the setting that moves it.
   *
   * @param setting e.g. "kafka.port in conf/tweetrade.properties or env TWEETRADE_KAFKA_PORT"
   */
  public static void requireFree(int port, String service, String setting) {
    requireFree(HOST, port, service, setting);
  }

  /** As {@link #requireFree(int, String, String)}, on another loopback address. */
  public static void requireFree(String host, int port, String service, String setting) {
    if (!isFree(host, port)) {
      throw new PortTakenException(
          port, service + (HOST.equals(host) ? "" : " on " + host), setting);
    }
  }

  /** True when something accepts TCP connections on host:port within a second. */
  public static boolean isListening(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code count} distinct ports that were free a moment ago (the kernel picks them). */
  public static List<Integer> freePorts(int count) {
    List<ServerSocket> held = new ArrayList<>();
    try {
      List<Integer> ports = new ArrayList<>();
      // Hold all sockets open until every port is picked, so no port is handed out twice.
      for (int attempt = 0; ports.size() < count; attempt++) {
        if (attempt > 100 * count) {
          throw new IllegalStateException(
              "Cannot find "
                  + count
                  + " free ports on "
                  + HOST
                  + " between "
                  + PICK_FROM
                  + " and "
                  + PICK_TO);
        }
        int port = PICK_FROM + RANDOM.nextInt(PICK_TO - PICK_FROM);
        if (ports.contains(port)) continue;
        ServerSocket socket = new ServerSocket();
        try {
          socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port), 1);
        } catch (IOException taken) {
          socket.close();
          continue;
        }
        held.add(socket);
        ports.add(port);
      }
      return ports;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot pick free ports on " + HOST, e);
    } finally {
      for (ServerSocket socket : held) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // closing a listening socket we opened ourselves; nothing to do
        }
      }
    }
  }

  /** Parses "host:port". */
  public static InetSocketAddress parseHostPort(String hostPort) {
    int colon = hostPort.lastIndexOf(':');
    if (colon <= 0 || colon == hostPort.length() - 1) {
      throw new IllegalArgumentException("Expected host:port but got '" + hostPort + "'");
    }
    try {
      int port = Integer.parseInt(hostPort.substring(colon + 1).trim());
      return InetSocketAddress.createUnresolved(hostPort.substring(0, colon).trim(), port);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Expected host:port but got '" + hostPort + "'", e);
    }
  }
}
