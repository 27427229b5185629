package com.tweetrade.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessStatsTest {
  @Test
  void shouldReadTheThreeLoadAverages() {
    assertThat(ProcessStats.loadAverage("2.10 1.85 1.40 3/812 12345\n"))
        .isEqualTo("2.10 1.85 1.40");
    assertThat(ProcessStats.loadAverage("")).isEqualTo("n/a");
  }
}
