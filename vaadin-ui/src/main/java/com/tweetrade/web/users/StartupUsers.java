package com.tweetrade.web.users;

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
 * <p>Nothing is created unless {@code tweetrade.demo.username/password} or {@code
 * tweetrade.admin.username/password} are set, so no credentials live in the code.
 */
@Component
class StartupUsers implements ApplicationRunner {
  private static final Logger LOG = LoggerFactory.getLogger(StartupUsers.class);

  private final UserService users;
  private final String demoUsername;
  private final String demoPassword;
  private final String adminUsername;
  private final String adminPassword;

  StartupUsers(
      UserService users,
      @Value("${tweetrade.demo.username:}") String demoUsername,
      @Value("${tweetrade.demo.password:}") String demoPassword,
      @Value("${tweetrade.admin.username:}") String adminUsername,
      @Value("${tweetrade.admin.password:}") String adminPassword) {
    this.users = users;
    this.demoUsername = demoUsername;
    this.demoPassword = demoPassword;
    this.adminUsername = adminUsername;
    this.adminPassword = adminPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensure(demoUsername, demoPassword, Set.of(User.ROLE_USER));
    ensure(adminUsername, adminPassword, Set.of(User.ROLE_USER, User.ROLE_ADMIN));
  }

  private void ensure(String username, String password, Set<String> roles) {
    if (username.isBlank() || password.isBlank()) return;
    if (users.find(username).isPresent()) {
      LOG.info("User '{}' exists already", username);
      return;
    }
    try {
      users.create(username, username, password, roles);
      LOG.info("Created user '{}' with roles {}", username, roles);
    } catch (SignUpException e) {
      // Another UI node created it between our read and our insert (IF NOT EXISTS refused ours):
      // that is success, not a reason to fail start-up. Anything else (a bad name) is a real error.
      if (users.find(username).isEmpty()) throw e;
      LOG.info("User '{}' was created by another node meanwhile", username);
    }
  }
}
