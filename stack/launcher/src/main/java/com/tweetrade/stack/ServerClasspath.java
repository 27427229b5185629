package com.tweetrade.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The jars of a server, as recorded at build time by the {@code kafka-runtime}, {@code
 * cassandra-runtime} and {@code flink-runtime} modules (resource {@code
 * tweetrade/<name>-server.classpath}).
 */
public final class ServerClasspath {
  private ServerClasspath() {}

  /** Kafka broker jars (kafka_2.13 and its dependencies). */
  public static List<String> kafka() {
    return read("kafka");
  }

  /** Cassandra node jars (cassandra-all and its dependencies). */
  public static List<String> cassandra() {
    return read("cassandra");
  }

  /** Flink JobManager and TaskManager jars (flink-runtime, -clients, -runtime-web, log4j2). */
  public static List<String> flink() {
    return read("flink");
  }

  static List<String> read(String server) {
    String resource = "tweetrade/" + server + "-server.classpath";
    try (InputStream in = ServerClasspath.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "Resource "
                + resource
                + " is missing: build stack/ first (cd stack && mvn -B install -DskipTests)");
      }
      List<String> entries =
          Arrays.stream(
                  new String(in.readAllBytes(), StandardCharsets.UTF_8)
                      .trim()
                      .split(java.io.File.pathSeparator))
              .filter(entry -> !entry.isBlank())
              .toList();
      for (String entry : entries) {
        if (!Files.exists(Path.of(entry))) {
          throw new IllegalStateException(
              "The "
                  + server
                  + " classpath lists "
                  + entry
                  + ", which does not exist: rebuild stack/ "
                  + "(cd stack && mvn -B install -DskipTests) so Maven downloads it again");
        }
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  /** The one entry whose file name starts with {@code prefix}, e.g. "jamm-". */
  static String find(List<String> classpath, String prefix) {
    return classpath.stream()
        .filter(entry -> Path.of(entry).getFileName().toString().startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No " + prefix + "*.jar on " + classpath));
  }
}
