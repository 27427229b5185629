package com.tweetrade.web.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The UTC days of the tables partitioned by user and day ({@code trades}, {@code equityhistory},
 * {@code notifications}, {@code webhookdeliveries}) that the pages read.
 */
public final class UtcDays {
  private UtcDays() {}

  /** Today and yesterday (UTC) at {@code now}, newest first. */
  public static List<LocalDate> todayAndYesterday(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    return List.of(today, today.minusDays(1));
  }
}
