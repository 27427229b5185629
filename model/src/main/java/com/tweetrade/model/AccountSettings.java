package com.tweetrade.model;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A user's paper-account settings, from the web UI to the job on {@link Topics#ACCOUNTS} (keyed by
 * user id) and kept in the {@code accounts} table.
 *
 * <p>The starting capital is absolute, not a change: the job moves the user's cash by the
 * difference to the capital it had, so reading the same setting twice changes nothing. Both the web
 * UI and the job check it with {@link #capitalProblem}: the UI refuses an out-of-range value, the
 * job sends one that arrives anyway to the dead-letter topic with that reason.
 *
 * @param userId the owner (the web UI's signed-in user)
 * @param startingCapitalCents the account's starting capital, in cents: more than 0, at most {@link
 *     #MAX_STARTING_CAPITAL_CENTS}
 * @param updatedAt when the user saved it, epoch milliseconds (the time of the cash change it
 *     causes)
 */
public record AccountSettings(String userId, long startingCapitalCents, long updatedAt) {

  /** $100,000.00: the job's {@code --starting-capital} unless the operator sets another. */
  public static final long DEFAULT_STARTING_CAPITAL_CENTS = 10_000_000L;

  /** $1,000,000,000.00: far above any paper account, far below where cents overflow a long. */
  public static final long MAX_STARTING_CAPITAL_CENTS = 100_000_000_000L;

  /** Why {@code cents} cannot be a starting capital, or null when it can. */
  public static String capitalProblem(long cents) {
    if (cents <= 0) return "starting capital must be more than $0.00, was " + dollars(cents);
    if (cents > MAX_STARTING_CAPITAL_CENTS) {
      return "starting capital must be at most "
          + dollars(MAX_STARTING_CAPITAL_CENTS)
          + ", was "
          + dollars(cents);
    }
    return null;
  }

  /** {@code $1,234.50}. */
  public static String dollars(long cents) {
    return String.format(Locale.ROOT, "$%,.2f", BigDecimal.valueOf(cents, 2));
  }
}
