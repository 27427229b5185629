package com.tweetrade.job.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.GlobalConfiguration;
import org.apache.flink.configuration.StateRecoveryOptions;

/**
 * The Flink configuration of the local run: {@code <root>/flink-conf/config.yaml}, with the
 * checkpoint and savepoint directories moved under {@code $TWEETRADE_HOME/var} as absolute paths.
 *
 * <p>The root is found from the system property {@code tweetrade.root}, else the environment variable
 * {@code TWEETRADE_ROOT}, else the working directory, by walking up to the directory that holds
 * {@code schema.cql}. {@code TWEETRADE_HOME} defaults to {@code <root>/var}.
 */
public final class LocalFlinkConfiguration {
  public static final String ROOT_PROPERTY = "tweetrade.root";
  public static final String ENV_ROOT = "TWEETRADE_ROOT";
  public static final String ENV_HOME = "TWEETRADE_HOME";

  private LocalFlinkConfiguration() {}

  /** Loads {@code flink-conf/} and applies the local overrides and an optional savepoint to restore. */
  public static Configuration load(Map<String, String> env, Optional<String> fromSavepoint) {
    Path root = root(env);
    Configuration conf = GlobalConfiguration.loadConfiguration(root.resolve("flink-conf").toString());
    applyLocalDirectories(conf, home(env));
    fromSavepoint.ifPresent(path -> conf.set(StateRecoveryOptions.SAVEPOINT_PATH, path));
    return conf;
  }

  /** {@code $TWEETRADE_HOME}, by default {@code <root>/var}: the local run's data, absolute. */
  public static Path home(Map<String, String> env) {
    return Optional.ofNullable(env.get(ENV_HOME)).map(Path::of).orElse(root(env).resolve("var"))
        .toAbsolutePath().normalize();
  }

  /** {@code <home>/flink}: the local run's checkpoints and savepoints. */
  public static Path flinkHome(Map<String, String> env) {
    return home(env).resolve("flink");
  }

  private static Path root(Map<String, String> env) {
    return projectRoot(System.getProperty(ROOT_PROPERTY), env.get(ENV_ROOT), Path.of(""));
  }

  /** Relative directories in config.yaml would depend on the working directory: make them absolute. */
  static void applyLocalDirectories(Configuration conf, Path home) {
    Path flink = home.resolve("flink");
    conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, flink.resolve("checkpoints").toUri().toString());
    conf.set(CheckpointingOptions.SAVEPOINT_DIRECTORY, flink.resolve("savepoints").toUri().toString());
  }

  /**
   * The project root: the first directory holding {@code schema.cql} at or above the property's
   * directory, else the environment's, else {@code start}. (Maven sets the property to the module
   * directory when a module is built on its own, hence the walk upwards.)
   */
  public static Path projectRoot(String property, String envValue, Path start) {
    for (String candidate : new String[] {property, envValue}) {
      if (candidate != null && !candidate.isBlank()) {
        Path found = upwardsToSchema(Path.of(candidate));
        if (found != null) return found;
      }
    }
    Path found = upwardsToSchema(start);
    if (found != null) return found;
    throw new IllegalStateException("cannot find the TweeTrade root (a directory with schema.cql) above "
        + start.toAbsolutePath() + "; set -Dtweetrade.root or TWEETRADE_ROOT");
  }

  private static Path upwardsToSchema(Path from) {
    for (Path p = from.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("schema.cql"))) return p;
    }
    return null;
  }
}
