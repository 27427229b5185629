package com.tweetrade.web.base;

import com.datastax.oss.driver.api.core.cql.Row;
import java.time.Instant;

/**
 * Reads the job's Cassandra columns that may be null (written by an older job, or not yet): a
 * missing time reads as 0, a missing text as "".
 */
public final class Rows {
  private Rows() {}

  /** The column's time in epoch milliseconds, or 0 when it is null. */
  public static long millis(Row row, String column) {
    Instant time = row.getInstant(column);
    return time == null ? 0 : time.toEpochMilli();
  }

  /** The column's text, or "" when it is null. */
  public static String text(Row row, String column) {
    String value = row.getString(column);
    return value == null ? "" : value;
  }
}
