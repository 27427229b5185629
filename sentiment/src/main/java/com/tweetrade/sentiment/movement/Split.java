package com.tweetrade.sentiment.movement;

import java.time.LocalDate;
import java.util.Optional;

/** The StockNet splits by target day (Xu & Cohen, ACL 2018), both ends included. */
public enum Split {
  TRAIN(LocalDate.of(2014, 1, 1), LocalDate.of(2015, 7, 31)),
  DEV(LocalDate.of(2015, 8, 1), LocalDate.of(2015, 9, 30)),
  TEST(LocalDate.of(2015, 10, 1), LocalDate.of(2015, 12, 31));

  final LocalDate first;
  final LocalDate last;

  Split(LocalDate first, LocalDate last) {
    this.first = first;
    this.last = last;
  }

  /** The split a target day belongs to, or empty outside 2014-01-01..2015-12-31. */
  public static Optional<Split> of(LocalDate day) {
    for (Split s : values()) {
      if (!day.isBefore(s.first) && !day.isAfter(s.last)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
