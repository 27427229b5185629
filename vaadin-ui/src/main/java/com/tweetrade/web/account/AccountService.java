package com.tweetrade.web.account;

import com.tweetrade.model.AccountSettings;
import com.tweetrade.web.base.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The caller's paper-account settings: the starting capital, checked by model's {@link
 * AccountSettings#capitalProblem} (the job's own check), sent to the job on the accounts topic and
 * then stored in {@code accounts}.
 *
 * <p>Sent first, stored second: the page never shows a capital the job was not sent. A store that
 * fails after the send leaves the old value shown; saving again sends the same capital, which the
 * job takes as no change.
 */
@Service
public class AccountService {
  private final AccountRepository repository;
  private final AccountPublisher publisher;
  private final CurrentUser currentUser;
  private final Clock clock;

  public AccountService(
      AccountRepository repository,
      AccountPublisher publisher,
      CurrentUser currentUser,
      Clock clock) {
    this.repository = repository;
    this.publisher = publisher;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** The caller's saved settings; none: the job's starting capital (by default $100,000). */
  public Optional<AccountSettings> current() {
    return repository.find(currentUser.require());
  }

  /**
   * Sets the caller's starting capital to {@code dollars}.
   *
   * @throws IllegalArgumentException when it is refused, with the reason
   * @throws IllegalStateException when Kafka does not take it (nothing is stored)
   */
  public AccountSettings setStartingCapital(@Nullable BigDecimal dollars) {
    String user = currentUser.require();
    AccountSettings settings =
        new AccountSettings(user, cents(dollars), clock.instant().toEpochMilli());
    publisher.publish(settings);
    repository.save(settings);
    return settings;
  }

  /** The capital in cents, or why it cannot be one (the job's reasons). */
  public static long cents(@Nullable BigDecimal dollars) {
    if (dollars == null) throw new IllegalArgumentException("enter a starting capital in dollars");
    if (dollars.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "starting capital is in dollars and cents, was " + dollars.toPlainString());
    }
    BigDecimal cents = dollars.movePointRight(2);
    long max = AccountSettings.MAX_STARTING_CAPITAL_CENTS;
    // Checked as a decimal first: a value beyond a long's range is just too large.
    if (cents.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new IllegalArgumentException(
          "starting capital must be at most "
              + AccountSettings.dollars(max)
              + ", was "
              + String.format(Locale.ROOT, "$%,.2f", dollars));
    }
    long value = cents.longValueExact();
    String problem = AccountSettings.capitalProblem(value);
    if (problem != null) throw new IllegalArgumentException(problem);
    return value;
  }
}
