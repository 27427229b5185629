package com.tweetrade.web.users;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.tweetrade.web.base.CurrentUser;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** A {@link UserService} whose usertable is a map, for tests without Cassandra. */
public final class InMemoryUsers {
  /** The stored users by name, as {@code usertable} would hold them. */
  public final Map<String, User> table = new ConcurrentHashMap<>();

  /** How many inserts were tried, taken names included. */
  public int inserts;

  public final UserService service;

  public InMemoryUsers(int signUpsPerAddress, int signUpsOverall) {
    UserRepository repository = mock(UserRepository.class);
    when(repository.insertIfAbsent(any()))
        .thenAnswer(
            call -> {
              inserts++;
              User user = call.getArgument(0);
              return table.putIfAbsent(user.username(), user) == null;
            });
    when(repository.find(anyString()))
        .thenAnswer(call -> Optional.ofNullable(table.get(call.<String>getArgument(0))));
    Clock clock = Clock.systemUTC();
    // bcrypt's cheapest cost: the tests check what is hashed, not how slowly.
    service =
        new UserService(
            repository,
            new BCryptPasswordEncoder(4),
            new CurrentUser(),
            new SignUpLimiter(signUpsPerAddress, signUpsOverall, clock),
            clock);
  }
}
