package com.tweetrade.web.base.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How pages show a moment: to the second, in UTC, and saying so (the job's clock is UTC). */
public final class UtcTime {
  public static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private UtcTime() {}
}
