package com.tweetrade.web.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.tweetrade.web.support.SpringStackIT;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link Rows} on rows of the real Cassandra: one with every column, one with only its key. */
class RowsIT extends SpringStackIT {
  @Autowired CqlSession cql;

  @BeforeEach
  void writeRows() {
    cql.execute(
        "CREATE TABLE IF NOT EXISTS rows_it (id text PRIMARY KEY, at timestamp, note text)");
    cql.execute(
        "INSERT INTO rows_it (id, at, note) VALUES ('full', ?, 'hello')",
        Instant.ofEpochMilli(1_765_000_000_123L));
    cql.execute("INSERT INTO rows_it (id) VALUES ('bare')");
  }

  @Test
  void shouldReadTheValuesOfAFullRow() {
    Row row = read("full");
    assertThat(Rows.millis(row, "at")).isEqualTo(1_765_000_000_123L);
    assertThat(Rows.text(row, "note")).isEqualTo("hello");
  }

  @Test
  void shouldReadAMissingTimeAsZeroAndAMissingTextAsEmpty() {
    Row row = read("bare");
    assertThat(Rows.millis(row, "at")).isZero();
    assertThat(Rows.text(row, "note")).isEmpty();
  }

  private Row read(String id) {
    return cql.execute("SELECT at, note FROM rows_it WHERE id = ?", id).one();
  }
}
