package com.tweetrade.web.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UtcDaysTest {
  @Test
  void shouldGiveTodayThenYesterdayInUtcWhateverTheTimeOfDay() {
    assertThat(UtcDays.todayAndYesterday(Instant.parse("2026-12-07T00:00:00Z")))
        .containsExactly(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 6));
    assertThat(UtcDays.todayAndYesterday(Instant.parse("2026-12-07T23:59:59.999Z")))
        .containsExactly(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 6));
    assertThat(UtcDays.todayAndYesterday(Instant.parse("2026-03-01T00:30:00Z")))
        .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 28));
  }
}
