package com.tweetrade.job.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.AccountSettings;
import org.junit.jupiter.api.Test;

/** What the accounts router sends to the dead letters instead of to paper trading, and why. */
class AccountSettingsCheckTest {
  private final AccountSettingsCheck check = new AccountSettingsCheck();

  @Test
  void shouldPassASettingInRange() {
    assertThat(check.problem(new AccountSettings("alice", 5_000_000L, 1L))).isNull();
  }

  @Test
  void shouldRefuseNoUserAndACapitalOutOfRangeWithTheReason() {
    assertThat(check.problem(new AccountSettings(" ", 5_000_000L, 1L)))
        .isEqualTo("account settings without userId");
    assertThat(check.problem(new AccountSettings("alice", 0, 1L)))
        .isEqualTo("starting capital must be more than $0.00, was $0.00 (user alice)");
    assertThat(check.problem(new AccountSettings("bob", 100_000_000_001L, 1L)))
        .isEqualTo(
            "starting capital must be at most $1,000,000,000.00, was $1,000,000,000.01 (user bob)");
  }
}
