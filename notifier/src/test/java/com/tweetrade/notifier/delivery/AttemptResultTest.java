package com.tweetrade.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttemptResultTest {
  @ParameterizedTest(name = "HTTP {0}")
  @CsvSource({
    "200, true, false, ''",
    "204, true, false, ''",
    "301, false, false, HTTP 301 (redirects are not followed)",
    "400, false, false, HTTP 400",
    "404, false, false, HTTP 404",
    "408, false, true, HTTP 408",
    "429, false, true, HTTP 429",
    "500, false, true, HTTP 500",
    "503, false, true, HTTP 503"
  })
  void shouldRetryOnlyWhatMayHeal(int status, boolean delivered, boolean retryable, String error) {
    AttemptResult result = AttemptResult.ofStatus(status);
    assertThat(result.delivered()).isEqualTo(delivered);
    assertThat(result.retryable()).isEqualTo(retryable);
    assertThat(result.error()).isEqualTo(error);
    assertThat(result.status()).isEqualTo(status);
  }
}
