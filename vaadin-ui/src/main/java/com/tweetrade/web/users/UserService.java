package com.tweetrade.web.users;

import com.tweetrade.web.base.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Signs users up and lists them; only administrators may list everyone.
 *
 * <p>A sign-up does not tell whether a name exists: a taken name gets the same answer as a free
 * one, after the same work (a bcrypt hash and a conditional insert), so that sign-up cannot be used
 * to list accounts. Sign-ups are rate-limited by {@link SignUpLimiter}.
 */
@Service
public class UserService {
  private static final Logger LOG = LoggerFactory.getLogger(UserService.class);

  /** Lower-case letters, digits, dot, dash and underscore; 3 to 32 of them. */
  static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,32}");

  static final int MIN_PASSWORD_LENGTH = 8;

  /** bcrypt reads at most 72 bytes of a password; Spring's encoder refuses longer ones. */
  static final int MAX_PASSWORD_BYTES = 72;

  private final UserRepository repository;
  private final PasswordEncoder passwordEncoder;
  private final CurrentUser currentUser;
  private final SignUpLimiter limiter;
  private final Clock clock;

  public UserService(
      UserRepository repository,
      PasswordEncoder passwordEncoder,
      CurrentUser currentUser,
      SignUpLimiter limiter,
      Clock clock) {
    this.repository = repository;
    this.passwordEncoder = passwordEncoder;
    this.currentUser = currentUser;
    this.limiter = limiter;
    this.clock = clock;
  }

  /**
   * Creates a user with the {@code USER} role unless the name is taken, and says nothing either way
   * (see the class comment).
   *
   * @param clientAddress the address the request came from, for the rate limit
   * @throws SignUpException when the name or the password is not acceptable, or the rate limit is
   *     reached
   */
  public void signUp(String username, String displayName, String password, String clientAddress) {
    String name = checkedName(username);
    checkPassword(password);
    limiter.acquire(clientAddress);
    if (!insert(name, displayName, password, Set.of(User.ROLE_USER))) {
      LOG.info("Sign-up for the taken name '{}' from {} ignored", name, clientAddress);
    }
  }

  /**
   * Creates a user with the given roles, for start-up provisioning (demo and admin users).
   *
   * @return whether it was created; false when the name is taken
   * @throws SignUpException when the name or the password is not acceptable
   */
  public boolean create(String username, String displayName, String password, Set<String> roles) {
    String name = checkedName(username);
    checkPassword(password);
    return insert(name, displayName, password, roles);
  }

  public Optional<User> find(String username) {
    return repository.find(normalise(username));
  }

  /** Every user, sorted by name; administrators only. */
  public List<User> listAll() {
    currentUser.requireAdmin();
    return repository.findAll().stream().sorted(Comparator.comparing(User::username)).toList();
  }

  /**
   * Refuses a password that is too short or longer than bcrypt takes; for every place that sets a
   * password.
   */
  static void checkPassword(String password) {
    if (password.length() < MIN_PASSWORD_LENGTH) {
      throw new SignUpException(
          "Password must have at least " + MIN_PASSWORD_LENGTH + " characters.");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
      throw new SignUpException(
          "Password must be at most "
              + MAX_PASSWORD_BYTES
              + " bytes: 72 plain letters or digits, fewer with accents, other scripts or emoji.");
    }
  }

  private static String checkedName(String username) {
    String name = normalise(username);
    if (!USERNAME.matcher(name).matches()) {
      throw new SignUpException(
          "User name must be 3–32 characters: letters, digits, '.', '-' or '_'.");
    }
    return name;
  }

  private boolean insert(String name, String displayName, String password, Set<String> roles) {
    String shown = displayName.isBlank() ? name : displayName.strip();
    // Hashed before the insert whether or not the name is free, so both take the same time.
    User user = new User(name, passwordEncoder.encode(password), shown, roles, clock.instant());
    return repository.insertIfAbsent(user);
  }

  static String normalise(String username) {
    return username.strip().toLowerCase(Locale.ROOT);
  }
}
