package com.tweetrade.model.settings;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The shared settings of this machine ({@link SharedSetting}), resolved the same way by every part:
 * the command's flag, then the environment variable, then {@code conf/tweetrade.properties} under
 * the project root, then the default.
 *
 * <p>The root is found as {@link ProjectRoot} does; without one, the working directory stands in
 * for it (and there is no settings file). The environment wins over the file because it is the more
 * specific, per-run choice; {@code bin/tweetrade up} hands its parts their endpoints that way.
 */
public final class Settings {
  /** Settings file, relative to the project root. */
  public static final String FILE = "conf/tweetrade.properties";

  /**
   * System property naming a credentials file; wins over the environment (tests, embedded tools).
   */
  public static final String CREDENTIALS_PROPERTY = "tweetrade.credentials-file";

  private final Path base;
  private final Properties file;
  private final Map<String, String> env;

  private Settings(Path base, Properties file, Map<String, String> env) {
    this.base = base.toAbsolutePath().normalize();
    this.file = file;
    this.env = env;
  }

  /**
   * This process's settings: its environment and the settings file of the project root it finds.
   */
  public static Settings load() {
    return load(System.getenv());
  }

  /**
   * The settings with {@code env} as environment (its TWEETRADE_ROOT too, after -Dtweetrade.root).
   */
  public static Settings load(Map<String, String> env) {
    Optional<Path> root = ProjectRoot.locate(env);
    return root.map(r -> of(r, env))
        .orElseGet(() -> new Settings(Path.of(""), new Properties(), env));
  }

  /** The settings with {@code root} as project root (its settings file, if any) and {@code env}. */
  public static Settings of(Path root, Map<String, String> env) {
    return new Settings(root, readFile(root.resolve(FILE)), env);
  }

  /** Pure resolution, for tests: {@code file} stands for the settings file. */
  public static Settings of(Path root, Properties file, Map<String, String> env) {
    return new Settings(root, file, env);
  }

  /**
   * The directory relative paths are resolved against: the project root, else the working
   * directory.
   */
  public Path base() {
    return base;
  }

  /** The environment these settings were read with. */
  public Map<String, String> env() {
    return env;
  }

  /** The value of {@code setting} from the environment, else the file, else empty (no default). */
  public Optional<String> configured(SharedSetting setting) {
    return configured(setting.env(), setting.key());
  }

  /**
   * The value of environment variable {@code envName}, else of {@code key} in the file, else empty;
   * for settings that are not shared (the local stack's own).
   */
  public Optional<String> configured(String envName, String key) {
    String fromEnv = env.get(envName);
    if (fromEnv != null && !fromEnv.isBlank()) return Optional.of(fromEnv.strip());
    String fromFile = file.getProperty(key);
    if (fromFile != null && !fromFile.isBlank()) return Optional.of(fromFile.strip());
    return Optional.empty();
  }

  /**
   * The value of {@code setting}: {@code flag} if given, else the environment, the file, the
   * default.
   */
  public Optional<String> value(SharedSetting setting, String flag) {
    if (flag != null && !flag.isBlank()) return Optional.of(flag.strip());
    return configured(setting).or(setting::defaultValue);
  }

  /** Kafka bootstrap servers: {@code flag}, env, file, default. */
  public String kafkaBootstrap(String flag) {
    return value(SharedSetting.KAFKA, flag).orElseThrow();
  }

  /** Cassandra contact point {@code host:port}: {@code flag}, env, file, default. */
  public String cql(String flag) {
    return value(SharedSetting.CQL, flag).orElseThrow();
  }

  /**
   * Whether webhooks may reach private addresses: {@code flag} when set, else env, else file
   * ({@code true} or {@code false}), else false.
   *
   * @throws IllegalArgumentException when the configured value is neither true nor false
   */
  public boolean allowPrivateWebhooks(boolean flag) {
    if (flag) return true;
    String value = value(SharedSetting.ALLOW_PRIVATE_WEBHOOKS, null).orElseThrow();
    if (value.equalsIgnoreCase("true")) return true;
    if (value.equalsIgnoreCase("false")) return false;
    throw new IllegalArgumentException(
        SharedSetting.ALLOW_PRIVATE_WEBHOOKS.env()
            + " / "
            + SharedSetting.ALLOW_PRIVATE_WEBHOOKS.key()
            + " must be true or false, was '"
            + value
            + "'");
  }

  /** The data and logs directory, absolute; a relative value is relative to the project root. */
  public Path home(Path flag) {
    return base.resolve(
            value(SharedSetting.HOME, flag == null ? null : flag.toString()).orElseThrow())
        .toAbsolutePath()
        .normalize();
  }

  /**
   * The credentials file: {@code flag}, else the system property {@link #CREDENTIALS_PROPERTY}
   * (embedded tools and tests), else env, else file; empty when none names one (a stack without
   * authentication).
   */
  public Optional<Path> credentialsFile(Path flag) {
    if (flag != null) return Optional.of(flag);
    String property = System.getProperty(CREDENTIALS_PROPERTY);
    if (property != null && !property.isBlank()) return Optional.of(Path.of(property.strip()));
    String fromEnv = env.get(SharedSetting.CREDENTIALS_FILE.env());
    if (fromEnv != null && !fromEnv.isBlank()) return Optional.of(Path.of(fromEnv.strip()));
    // A relative name in the file is relative to the project root, as the file's home is.
    return configured(SharedSetting.CREDENTIALS_FILE).map(base::resolve);
  }

  /** Prints the deprecation warning of {@code spelling} for {@code setting} to {@code err}. */
  public static void warnDeprecated(SharedSetting setting, String spelling, PrintStream err) {
    err.println(setting.deprecationWarning(spelling));
  }

  /** The properties in {@code path}; none when there is no such file. */
  public static Properties readFile(Path path) {
    Properties properties = new Properties();
    if (Files.isRegularFile(path)) {
      try (Reader reader = Files.newBufferedReader(path)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + path, e);
      }
    }
    return properties;
  }
}
