package com.tweetrade.stack.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the configuration directory of a launched cluster: {@code config.yaml} copied from {@code
 * <root>/flink-conf/} with a header naming the overrides, and a log4j2 console config.
 *
 * <p>The overrides travel as {@code -D} options, which Flink applies over the file; a YAML file
 * holding both the nested original key and a flattened override would depend on key order.
 */
final class FlinkConfDir {
  static final String LOG4J_FILE = "log4j-console.properties";

  private static final String LOG4J =
      """
      # Written by the TweeTrade launcher: every Flink JVM logs to stdout, which goes to its log file.
      monitorInterval = 30
      rootLogger.level = INFO
      rootLogger.appenderRef.console.ref = ConsoleAppender
      appender.console.name = ConsoleAppender
      appender.console.type = CONSOLE
      appender.console.layout.type = PatternLayout
      appender.console.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5level %-60c %x - %m%n
      # Kafka clients print every config at INFO, once per source and sink subtask.
      logger.kafka.name = org.apache.kafka
      logger.kafka.level = WARN
      logger.pekko.name = org.apache.pekko
      logger.pekko.level = WARN
      logger.netty.name = org.jboss.netty.channel.DefaultChannelPipeline
      logger.netty.level = ERROR
      """;

  private FlinkConfDir() {}

  /** Writes {@code settings.confDir()} and creates the data directories; returns the conf dir. */
  static Path write(FlinkClusterSettings settings) {
    Path source = settings.root().resolve("flink-conf").resolve("config.yaml");
    Path dir = settings.confDir();
    try {
      if (!Files.isRegularFile(source)) {
        throw new IllegalStateException("No Flink configuration at " + source);
      }
      Files.createDirectories(dir);
      for (Path p :
          new Path[] {
            settings.savepointsDir(),
            settings.checkpointsDir(),
            settings.flinkHome().resolve("tmp"),
            settings.flinkHome().resolve("web"),
            settings.logsDir()
          }) {
        Files.createDirectories(p);
      }
      StringBuilder header =
          new StringBuilder(
              "# Copied from "
                  + source
                  + " by the TweeTrade launcher.\n"
                  + "# Every Flink JVM of this cluster gets these overrides as -D options on top of"
                  + " it:\n");
      for (Map.Entry<String, String> e : settings.overrides().entrySet()) {
        header.append("#   ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
      }
      Files.writeString(dir.resolve("config.yaml"), header + "\n" + Files.readString(source));
      Files.writeString(dir.resolve(LOG4J_FILE), LOG4J);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the Flink configuration in " + dir, e);
    }
  }
}
