package com.tweetrade.job.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tweetrade.job.JobSettings;
import com.tweetrade.job.trading.RiskLimits;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The paper account's flags: starting capital and short selling, through to the job's limits. */
class AccountFlagsTest {

  @Test
  void shouldOpenAccountsWithOneHundredThousandDollarsAndNoShortSellingByDefault() {
    RiskLimits limits = JobSettings.of(JobConfig.parse(new String[0], Map.of())).limits();
    assertThat(limits.startingCapitalCents()).isEqualTo(10_000_000L);
    assertThat(limits.shortSelling()).isFalse();
    assertThat(limits).isEqualTo(RiskLimits.DEFAULT);
  }

  @Test
  void shouldTakeTheCapitalInDollarsAndShortSellingFromFlags() {
    JobConfig c =
        JobConfig.parse(new String[] {"--starting-capital", "2500.5", "--short-selling"}, Map.of());
    RiskLimits limits = JobSettings.of(c).limits();
    assertThat(limits.startingCapitalCents()).isEqualTo(250_050L);
    assertThat(limits.shortSelling()).isTrue();
  }

  @Test
  void shouldRefuseFractionsOfACentAndNegativeCapital() {
    assertThatThrownBy(
            () -> JobConfig.parse(new String[] {"--starting-capital", "1.001"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 2 decimals");
    assertThatThrownBy(() -> JobConfig.parse(new String[] {"--starting-capital", "-1"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("starting capital");
  }
}
