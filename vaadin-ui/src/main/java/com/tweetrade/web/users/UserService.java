package com.tweetrade.web.users;

import com.tweetrade.web.base.CurrentUser;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Signs users up and lists them; only administrators may list everyone. */
@Service
public class UserService {
  /** Lower-case letters, digits, dot, dash and underscore; 3 to 32 of them. */
  static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,32}");

  static final int MIN_PASSWORD_LENGTH = 8;

  private final UserRepository repository;
  private final PasswordEncoder passwordEncoder;
  private final CurrentUser currentUser;
  private final Clock clock;

  public UserService(
      UserRepository repository, PasswordEncoder passwordEncoder, CurrentUser currentUser, Clock clock) {
    this.repository = repository;
    this.passwordEncoder = passwordEncoder;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * Creates a user with the {@code USER} role.
   *
   * @throws SignUpException when the name is invalid or taken, or the password too short
   */
  public User signUp(String username, String displayName, String password) {
    return create(username, displayName, password, Set.of(User.ROLE_USER));
  }

  /** Creates a user with the given roles, for start-up provisioning (demo and admin users). */
  public User create(String username, String displayName, String password, Set<String> roles) {
    String name = normalise(username);
    if (!USERNAME.matcher(name).matches()) {
      throw new SignUpException(
          "User name must be 3–32 characters: letters, digits, '.', '-' or '_'.");
    }
    if (password.length() < MIN_PASSWORD_LENGTH) {
      throw new SignUpException("Password must have at least " + MIN_PASSWORD_LENGTH + " characters.");
    }
    String shown = displayName.isBlank() ? name : displayName.strip();
    User user = new User(name, passwordEncoder.encode(password), shown, roles, clock.instant());
    if (!repository.insertIfAbsent(user)) {
      throw new SignUpException("User name '" + name + "' is taken.");
    }
    return user;
  }

  public Optional<User> find(String username) {
    return repository.find(normalise(username));
  }

  /** Every user, sorted by name; administrators only. */
  public List<User> listAll() {
    currentUser.requireAdmin();
    return repository.findAll().stream().sorted(Comparator.comparing(User::username)).toList();
  }

  static String normalise(String username) {
    return username.strip().toLowerCase(Locale.ROOT);
  }
}
