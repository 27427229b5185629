package com.tweetrade.web.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.datastax.oss.driver.api.core.cql.Row;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RowsTest {
  private final Row row = mock(Row.class);

  @Test
  void shouldReadAMissingTimeAsZeroAndATimeAsEpochMillis() {
    when(row.getInstant("placed_at")).thenReturn(Instant.ofEpochMilli(1_765_000_000_123L));

    assertThat(Rows.millis(row, "placed_at")).isEqualTo(1_765_000_000_123L);
    assertThat(Rows.millis(row, "updated_at")).isZero();
  }

  @Test
  void shouldReadAMissingTextAsEmpty() {
    when(row.getString("trade_id")).thenReturn("t-1");

    assertThat(Rows.text(row, "trade_id")).isEqualTo("t-1");
    assertThat(Rows.text(row, "status")).isEmpty();
  }
}
