package com.tweetrade.web.users;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the demo and admin users named in configuration, if they do not exist yet.
 *
 * <p>A user is created only when its name is set ({@code tweetrade.demo.username}, {@code
 * tweetrade.admin.username}) and its password can be read from the file named by {@code
 * tweetrade.demo.password-file} / {@code tweetrade.admin.password-file}. Passwords come from files
 * so that they are never on a command line (visible in {@code ps}) nor in the code, and they are
 * never logged. An existing user is left as it is: its password is never reset.
 */
@Component
class StartupUsers implements ApplicationRunner {
  private static final Logger LOG = LoggerFactory.getLogger(StartupUsers.class);

  private final UserService users;
  private final String demoUsername;
  private final String demoPasswordFile;
  private final String adminUsername;
  private final String adminPasswordFile;

  StartupUsers(
      UserService users,
      @Value("${tweetrade.demo.username:}") String demoUsername,
      @Value("${tweetrade.demo.password-file:}") String demoPasswordFile,
      @Value("${tweetrade.admin.username:}") String adminUsername,
      @Value("${tweetrade.admin.password-file:}") String adminPasswordFile) {
    this.users = users;
    this.demoUsername = demoUsername;
    this.demoPasswordFile = demoPasswordFile;
    this.adminUsername = adminUsername;
    this.adminPasswordFile = adminPasswordFile;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensure(demoUsername, demoPasswordFile, Set.of(User.ROLE_USER));
    ensure(adminUsername, adminPasswordFile, Set.of(User.ROLE_USER, User.ROLE_ADMIN));
  }

  private void ensure(String username, String passwordFile, Set<String> roles) {
    if (username.isBlank()) return;
    if (users.find(username).isPresent()) {
      LOG.info("User '{}' exists already", username);
      return;
    }
    Optional<String> password = readPassword(passwordFile);
    if (password.isEmpty()) {
      LOG.warn(
          "User '{}' not created: no password in the file named by its password-file setting"
              + " ('{}')",
          username,
          passwordFile);
      return;
    }
    if (users.create(username, username, password.get(), roles)) {
      LOG.info("Created user '{}' with roles {}", username, roles);
    } else {
      // Another UI node created it between our read and our insert: that is success too.
      LOG.info("User '{}' was created by another node meanwhile", username);
    }
  }

  /** The file's first line, if the file is named, readable and that line is not blank. */
  static Optional<String> readPassword(String file) {
    if (file.isBlank()) return Optional.empty();
    try {
      return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream()
          .findFirst()
          .filter(line -> !line.isBlank());
    } catch (IOException e) {
      LOG.warn("Cannot read password file '{}': {}", file, e.toString());
      return Optional.empty();
    }
  }
}
