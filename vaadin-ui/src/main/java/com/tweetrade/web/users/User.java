package com.tweetrade.web.users;

import java.time.Instant;
import java.util.Set;

/**
 * A registered user as stored in {@code usertable}.
 *
 * @param username unique login name, lower case
 * @param passwordHash bcrypt hash, never the password
 * @param displayName shown in the UI
 * @param roles e.g. {@code USER}, {@code ADMIN}
 * @param createdAt when the user signed up
 */
public record User(
    String username,
    String passwordHash,
    String displayName,
    Set<String> roles,
    Instant createdAt) {

  public static final String ROLE_USER = "USER";
  public static final String ROLE_ADMIN = "ADMIN";

  public User {
    roles = Set.copyOf(roles);
  }

  public boolean isAdmin() {
    return roles.contains(ROLE_ADMIN);
  }
}
