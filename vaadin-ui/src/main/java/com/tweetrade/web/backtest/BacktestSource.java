package com.tweetrade.web.backtest;

import java.time.LocalDate;

/** The history a backtest runs over, as {@code bin/tweetrade backtest --source} names it. */
public enum BacktestSource {
  /** The shipped StockNet data: daily closes and real posts, 2014-01-01..2015-12-31. */
  STOCKNET("stocknet", "StockNet 2014–2015 (daily closes, real posts)"),
  /** What the job itself stored: its price and sentiment series in Cassandra. */
  RECORDED("recorded", "Recorded history (the job's own series)");

  private static final LocalDate STOCKNET_FIRST = LocalDate.of(2014, 1, 1);
  private static final LocalDate STOCKNET_LAST = LocalDate.of(2015, 12, 31);

  private final String flag;
  private final String label;

  BacktestSource(String flag, String label) {
    this.flag = flag;
    this.label = label;
  }

  /** The value of {@code --source}. */
  public String flag() {
    return flag;
  }

  public String label() {
    return label;
  }

  /** The range a new backtest starts with: all of StockNet, or the last 7 days up to today. */
  public LocalDate defaultFrom(LocalDate today) {
    return this == STOCKNET ? STOCKNET_FIRST : today.minusDays(6);
  }

  public LocalDate defaultTo(LocalDate today) {
    return this == STOCKNET ? STOCKNET_LAST : today;
  }
}
