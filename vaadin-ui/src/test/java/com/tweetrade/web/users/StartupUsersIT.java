package com.tweetrade.web.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.tweetrade.web.support.SpringStackIT;
import com.tweetrade.web.support.UpSettings;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo user of {@code bin/tweetrade up}: created at start when missing, never overwritten. */
class StartupUsersIT extends SpringStackIT {
  @Autowired UserService users;
  @Autowired AuthenticationManager authentication;
  @Autowired PasswordEncoder encoder;
  @Autowired CqlSession session;

  @Test
  void shouldHaveCreatedUpsDemoUserAtStartAndLetItSignIn() {
    String name = UpSettings.require("tweetrade.demo.username");
    String password = UpSettings.require("tweetrade.demo.password");

    User demo = users.find(name).orElseThrow(() -> new AssertionError("no demo user '" + name + "' after start"));
    assertThat(demo.roles()).containsExactly(User.ROLE_USER);
    assertThat(demo.passwordHash()).doesNotContain(password).startsWith("$2");
    Authentication signedIn = signIn(name, password);
    assertThat(signedIn.isAuthenticated()).isTrue();
    assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_USER");
  }

  @Test
  void shouldNeitherOverwriteAChangedPasswordNorDuplicateTheUser() {
    String name = uniqueUser("demo");
    new StartupUsers(users, name, "first-password", "", "").run(null);
    assertThat(signIn(name, "first-password").isAuthenticated()).isTrue();

    // The user changes the password (here straight in the table: the UI has no such form yet).
    session.execute("UPDATE usertable SET password_hash = ? WHERE username = ?", encoder.encode("changed-password"), name);
    new StartupUsers(users, name, "first-password", "", "").run(null);
    new StartupUsers(users, " " + name.toUpperCase(Locale.ROOT) + " ", "first-password", "", "").run(null);

    assertThat(signIn(name, "changed-password").isAuthenticated()).isTrue();
    assertThatThrownBy(() -> signIn(name, "first-password")).isInstanceOf(BadCredentialsException.class);
    assertThat(usersNamed(name)).isEqualTo(1);
  }

  @Test
  void shouldCreateTheAdminWithBothRoles() {
    String name = uniqueUser("root");
    new StartupUsers(users, "", "", name, "admin-password").run(null);
    assertThat(users.find(name).orElseThrow().roles()).isEqualTo(Set.of(User.ROLE_USER, User.ROLE_ADMIN));
  }

  private Authentication signIn(String name, String password) {
    return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
  }

  private long usersNamed(String name) {
    return session.execute("SELECT username FROM usertable").all().stream()
        .filter(r -> r.getString("username").equalsIgnoreCase(name))
        .count();
  }
}
