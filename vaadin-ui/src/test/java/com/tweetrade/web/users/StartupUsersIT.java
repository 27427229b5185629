package com.tweetrade.web.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.tweetrade.web.support.DemoUser;
import com.tweetrade.web.support.SpringStackIT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The users created at start ({@code up --demo}'s demo user, an admin): only with a password file,
 * created when missing, never overwritten, their password never logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupUsersIT extends SpringStackIT {
  @Autowired UserService users;
  @Autowired AuthenticationManager authentication;
  @Autowired PasswordEncoder encoder;
  @Autowired CqlSession session;
  @TempDir Path dir;

  @Test
  void shouldHaveCreatedTheDemoUserFromItsPasswordFileAtStartAndLetItSignIn() {
    User demo =
        users
            .find(DemoUser.NAME)
            .orElseThrow(
                () -> new AssertionError("no demo user '" + DemoUser.NAME + "' after start"));
    assertThat(demo.roles()).containsExactly(User.ROLE_USER);
    assertThat(demo.passwordHash()).doesNotContain(DemoUser.password()).startsWith("$2");
    Authentication signedIn = signIn(DemoUser.NAME, DemoUser.password());
    assertThat(signedIn.isAuthenticated()).isTrue();
    assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_USER");
  }

  @Test
  void shouldCreateNobodyWithoutAReadablePasswordFile() {
    String name = uniqueUser("demo");
    new StartupUsers(users, name, "", "", "").run(null);
    new StartupUsers(users, name, dir.resolve("missing").toString(), "", "").run(null);
    assertThat(users.find(name)).isEmpty();
  }

  @Test
  void shouldNeverLogThePassword(CapturedOutput output) throws IOException {
    String name = uniqueUser("demo");
    new StartupUsers(users, name, passwordFile("logged-never-1"), "", "").run(null);
    assertThat(output.getOut())
        .contains("Created user '" + name + "'")
        .doesNotContain("logged-never-1");
  }

  @Test
  void shouldNeitherOverwriteAChangedPasswordNorDuplicateTheUser() throws IOException {
    String name = uniqueUser("demo");
    String first = passwordFile("first-password");
    new StartupUsers(users, name, first, "", "").run(null);
    assertThat(signIn(name, "first-password").isAuthenticated()).isTrue();

    // The user changes the password (here straight in the table: the UI has no such form yet).
    session.execute(
        "UPDATE usertable SET password_hash = ? WHERE username = ?",
        encoder.encode("changed-password"),
        name);
    new StartupUsers(users, name, first, "", "").run(null);
    new StartupUsers(users, " " + name.toUpperCase(Locale.ROOT) + " ", first, "", "").run(null);

    assertThat(signIn(name, "changed-password").isAuthenticated()).isTrue();
    assertThatThrownBy(() -> signIn(name, "first-password"))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(usersNamed(name)).isEqualTo(1);
  }

  @Test
  void shouldCreateTheAdminWithBothRoles() throws IOException {
    String name = uniqueUser("root");
    new StartupUsers(users, "", "", name, passwordFile("admin-password")).run(null);
    assertThat(users.find(name).orElseThrow().roles())
        .isEqualTo(Set.of(User.ROLE_USER, User.ROLE_ADMIN));
    assertThat(signIn(name, "admin-password").isAuthenticated()).isTrue();
  }

  private String passwordFile(String password) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "password", ""), password + "\n").toString();
  }

  private Authentication signIn(String name, String password) {
    return authentication.authenticate(
        UsernamePasswordAuthenticationToken.unauthenticated(name, password));
  }

  private long usersNamed(String name) {
    return session.execute("SELECT username FROM usertable").all().stream()
        .filter(r -> r.getString("username").equalsIgnoreCase(name))
        .count();
  }
}
