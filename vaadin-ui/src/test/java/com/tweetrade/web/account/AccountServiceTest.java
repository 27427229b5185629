package com.tweetrade.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The dollars a user types, as the cents sent to the job, or the reason they are refused. */
class AccountServiceTest {

  @Test
  void shouldTakeDollarsAndCentsUpToOneBillion() {
    assertThat(AccountService.cents(new BigDecimal("2500.5"))).isEqualTo(250_050L);
    assertThat(AccountService.cents(new BigDecimal("0.01"))).isEqualTo(1L);
    assertThat(AccountService.cents(new BigDecimal("1000000000.00"))).isEqualTo(100_000_000_000L);
  }

  @Test
  void shouldRefuseNothingZeroNegativeFractionsOfACentAndTooMuchWithTheReason() {
    assertThatThrownBy(() -> AccountService.cents(null))
        .hasMessage("enter a starting capital in dollars");
    assertThatThrownBy(() -> AccountService.cents(BigDecimal.ZERO))
        .hasMessage("starting capital must be more than $0.00, was $0.00");
    assertThatThrownBy(() -> AccountService.cents(new BigDecimal("-10")))
        .hasMessage("starting capital must be more than $0.00, was $-10.00");
    assertThatThrownBy(() -> AccountService.cents(new BigDecimal("10.005")))
        .hasMessage("starting capital is in dollars and cents, was 10.005");
    assertThatThrownBy(() -> AccountService.cents(new BigDecimal("1000000000.01")))
        .hasMessage("starting capital must be at most $1,000,000,000.00, was $1,000,000,000.01");
    assertThatThrownBy(() -> AccountService.cents(new BigDecimal("1e30")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("starting capital must be at most $1,000,000,000.00, was $");
  }
}
