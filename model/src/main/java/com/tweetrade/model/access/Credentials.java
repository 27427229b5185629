package com.tweetrade.model.access;

import com.tweetrade.model.settings.Settings;
import com.tweetrade.model.settings.SharedSetting;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The name and password one part of TweeTrade signs in with, to Kafka (SASL) and to Cassandra.
 *
 * <p>They live in a properties file of their own (0600, under {@code var/secrets/} for the local
 * stack) whose <em>name</em> a part gets from {@link #ENV} (or the system property {@link
 * #PROPERTY}); the password itself is never on a command line, in an environment variable or in a
 * log: {@link #toString()} leaves it out.
 *
 * @param user the Kafka principal and Cassandra role
 * @param password their password
 * @param kafkaMechanism the SASL mechanism: SCRAM-SHA-256 for parts, PLAIN for the stack's own
 *     admin
 */
public record Credentials(String user, String password, String kafkaMechanism)
    implements Serializable {
  /** Environment variable naming a part's credentials file. */
  public static final String ENV = SharedSetting.CREDENTIALS_FILE.env();

  /** System property naming a credentials file; wins over {@link #ENV} (tests, embedded tools). */
  public static final String PROPERTY = Settings.CREDENTIALS_PROPERTY;

  public static final String SCRAM = "SCRAM-SHA-256";
  public static final String PLAIN = "PLAIN";

  private static final long serialVersionUID = 1L;
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  public Credentials {
    if (user == null || user.isBlank())
      throw new IllegalArgumentException("credentials need a user name");
    if (password == null || password.isEmpty())
      throw new IllegalArgumentException("credentials of '" + user + "' need a password");
    if (!SCRAM.equals(kafkaMechanism) && !PLAIN.equals(kafkaMechanism)) {
      throw new IllegalArgumentException(
          "Kafka SASL mechanism must be " + SCRAM + " or " + PLAIN + ", was " + kafkaMechanism);
    }
  }

  /** New credentials for {@code user} with a random 192-bit password. */
  public static Credentials generate(String user, String kafkaMechanism) {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return new Credentials(
        user, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), kafkaMechanism);
  }

  /**
   * The credentials file named by the system property {@link #PROPERTY}, else {@code env}'s {@link
   * #ENV}, else {@code credentials.file} in {@code conf/tweetrade.properties} ({@link Settings});
   * empty when none names one (a stack without authentication).
   */
  public static Optional<Credentials> configured(Map<String, String> env) {
    return Settings.load(env).credentialsFile(null).map(Credentials::read);
  }

  /** {@link #configured(Map)} with this process's environment. */
  public static Optional<Credentials> configured() {
    return configured(System.getenv());
  }

  /**
   * Reads a credentials file; the message of a failure names the file and the missing key, never a
   * value.
   */
  public static Credentials read(Path file) {
    Properties p = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      p.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read the credentials file " + file + " (" + e.getMessage() + ")", e);
    }
    for (String key : new String[] {"user", "password"}) {
      if (p.getProperty(key, "").isBlank()) {
        throw new IllegalArgumentException(
            "The credentials file " + file + " has no '" + key + "'");
      }
    }
    return new Credentials(
        p.getProperty("user").trim(),
        p.getProperty("password").trim(),
        p.getProperty("kafka.mechanism", SCRAM).trim());
  }

  /** Writes these credentials to {@code file}, readable by its owner only. */
  public void write(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.deleteIfExists(tmp);
      Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      Files.writeString(
          tmp,
          "# TweeTrade credentials of '"
              + user
              + "': keep this file 0600.\n"
              + "user="
              + user
              + "\npassword="
              + password
              + "\nkafka.mechanism="
              + kafkaMechanism
              + "\n");
      Files.move(
          tmp,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the credentials file " + file, e);
    }
  }

  /**
   * The Kafka client settings that sign in as this user over SASL on a plaintext (loopback)
   * listener.
   */
  public Map<String, String> kafkaClientProperties() {
    String module =
        PLAIN.equals(kafkaMechanism)
            ? "org.apache.kafka.common.security.plain.PlainLoginModule"
            : "org.apache.kafka.common.security.scram.ScramLoginModule";
    Map<String, String> props = new LinkedHashMap<>();
    props.put("security.protocol", "SASL_PLAINTEXT");
    props.put("sasl.mechanism", kafkaMechanism);
    props.put(
        "sasl.jaas.config",
        module
            + " required username=\""
            + jaasQuoted(user)
            + "\" password=\""
            + jaasQuoted(password)
            + "\";");
    return props;
  }

  /** {@link #kafkaClientProperties()} of the configured credentials, or none. */
  public static Map<String, String> kafkaClientProperties(Optional<Credentials> credentials) {
    return credentials.map(Credentials::kafkaClientProperties).orElse(Map.of());
  }

  /**
   * Adds the Kafka sign-in settings of {@code credentials} (if any) to {@code props}; returns
   * {@code props}.
   */
  public static Properties addKafkaSignIn(Properties props, Optional<Credentials> credentials) {
    props.putAll(kafkaClientProperties(credentials));
    return props;
  }

  static String jaasQuoted(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  @Override
  public String toString() {
    return "Credentials[user="
        + user
        + ", password=(hidden), kafkaMechanism="
        + kafkaMechanism
        + "]";
  }
}
