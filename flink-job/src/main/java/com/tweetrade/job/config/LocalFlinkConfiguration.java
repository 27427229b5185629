package com.tweetrade.job.config;

import com.tweetrade.model.settings.ProjectRoot;
import com.tweetrade.model.settings.Settings;
import com.tweetrade.model.settings.SharedSetting;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.GlobalConfiguration;
import org.apache.flink.configuration.StateRecoveryOptions;

/**
 * The Flink configuration of the local run: {@code <root>/flink-conf/config.yaml}, with the
 * checkpoint and savepoint directories moved under {@code $TWEETRADE_HOME/flink} as absolute paths.
 *
 * <p>The root is model's {@link ProjectRoot} (system property {@code tweetrade.root}, else {@code
 * TWEETRADE_ROOT}, else the working directory); the home is model's {@link Settings} home ({@code
 * TWEETRADE_HOME}, else {@code tweetrade.home} in {@code conf/tweetrade.properties}, else {@code
 * <root>/var}).
 */
public final class LocalFlinkConfiguration {
  public static final String ROOT_PROPERTY = ProjectRoot.PROPERTY;
  public static final String ENV_ROOT = ProjectRoot.ENV;
  public static final String ENV_HOME = SharedSetting.HOME.env();

  private LocalFlinkConfiguration() {}

  /**
   * Loads {@code flink-conf/} and applies the local overrides and an optional savepoint to restore.
   */
  public static Configuration load(Map<String, String> env, Optional<String> fromSavepoint) {
    Path root = ProjectRoot.find(System.getProperty(ROOT_PROPERTY), env.get(ENV_ROOT), Path.of(""));
    Configuration conf =
        GlobalConfiguration.loadConfiguration(root.resolve("flink-conf").toString());
    applyLocalDirectories(conf, home(env));
    fromSavepoint.ifPresent(path -> conf.set(StateRecoveryOptions.SAVEPOINT_PATH, path));
    return conf;
  }

  /**
   * The home of {@code env}'s settings, by default {@code <root>/var}: the local run's data,
   * absolute.
   */
  public static Path home(Map<String, String> env) {
    return Settings.load(env).home(null);
  }

  /** {@code <home>/flink}: the local run's checkpoints and savepoints. */
  public static Path flinkHome(Settings settings) {
    return settings.home(null).resolve("flink");
  }

  /**
   * Relative directories in config.yaml would depend on the working directory: make them absolute.
   */
  static void applyLocalDirectories(Configuration conf, Path home) {
    Path flink = home.resolve("flink");
    conf.set(
        CheckpointingOptions.CHECKPOINTS_DIRECTORY,
        flink.resolve("checkpoints").toUri().toString());
    conf.set(
        CheckpointingOptions.SAVEPOINT_DIRECTORY, flink.resolve("savepoints").toUri().toString());
  }
}
