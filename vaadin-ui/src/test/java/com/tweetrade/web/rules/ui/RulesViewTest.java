package com.tweetrade.web.rules.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.web.rules.Rule;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules list's Expires column: the expiry in UTC, or a dash for good till cancelled. */
class RulesViewTest {
  private static Rule rule(Instant expiresAt) {
    return new Rule(
        "alice",
        "r1",
        "WHEN price(TSLA) > 0 THEN BUY 1 TSLA",
        false,
        false,
        1,
        Instant.EPOCH,
        Instant.EPOCH,
        false,
        expiresAt);
  }

  @Test
  void shouldShowTheExpiryInUtcOrADash() {
    assertThat(RulesView.expiry(rule(Instant.parse("2026-12-31T16:05:30Z"))))
        .isEqualTo("2026-12-31 16:05 UTC");
    assertThat(RulesView.expiry(rule(null))).isEqualTo("—");
  }
}
