package com.tweetrade.model.settings;

import com.tweetrade.model.access.Credentials;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --credentials FILE} flag of every command that signs in to a secured Kafka and
 * Cassandra (a picocli mixin); given, it wins over {@link Settings}' system property, environment
 * and file.
 */
public final class CredentialsOption {
  @Option(
      names = "--credentials",
      paramLabel = "FILE",
      description =
          "Credentials file for a secured Kafka and Cassandra (user, password; 0600). Default: env"
              + " TWEETRADE_CREDENTIALS_FILE, else credentials.file in conf/tweetrade.properties;"
              + " without any, the command signs in to neither.")
  Path value;

  /** The flag's value, or null when it was not given. */
  public Path flag() {
    return value;
  }

  /**
   * The credentials to sign in with: this flag's file, else {@code settings}' configured file, else
   * none.
   */
  public Optional<Credentials> resolve(Settings settings) {
    return settings.credentialsFile(value).map(Credentials::read);
  }
}
