package com.tweetrade.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The starting capital's range, shared by the web UI and the job, and its JSON on the topic. */
class AccountSettingsTest {

  @Test
  void shouldAcceptOneCentUpToOneBillionDollars() {
    assertThat(AccountSettings.capitalProblem(1)).isNull();
    assertThat(AccountSettings.capitalProblem(10_000_000L)).isNull();
    assertThat(AccountSettings.capitalProblem(100_000_000_000L)).isNull();
  }

  @Test
  void shouldRefuseNothingNegativeAndAboveTheMaximumWithTheReason() {
    assertThat(AccountSettings.capitalProblem(0))
        .isEqualTo("starting capital must be more than $0.00, was $0.00");
    assertThat(AccountSettings.capitalProblem(-500))
        .isEqualTo("starting capital must be more than $0.00, was $-5.00");
    assertThat(AccountSettings.capitalProblem(100_000_000_001L))
        .isEqualTo("starting capital must be at most $1,000,000,000.00, was $1,000,000,000.01");
  }

  @Test
  void shouldRoundTripAsJsonAndRefuseAMissingCapital() throws Exception {
    AccountSettings settings = new AccountSettings("alice", 5_000_000L, 1_700_000_000_000L);
    byte[] json = JsonCodec.ACCOUNT_SETTINGS.encode(settings);
    assertThat(new String(json, StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"userId\":\"alice\",\"startingCapitalCents\":5000000,\"updatedAt\":1700000000000}");
    assertThat(JsonCodec.ACCOUNT_SETTINGS.decode(json)).isEqualTo(settings);
    assertThatThrownBy(
            () ->
                JsonCodec.ACCOUNT_SETTINGS.decode(
                    "{\"userId\":\"alice\",\"updatedAt\":1}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedEventException.class);
  }
}
