package com.tweetrade.model;

/**
 * A user's paper account in one UTC minute: its cash, the market value of its positions at the
 * latest quotes, and their unrealised P&amp;L; a row of {@code equityhistory}.
 *
 * <p>The job writes the row of a minute on every change of the account in it, so a minute's row
 * holds the latest state in that minute, and the newest row is the account now.
 *
 * @param userId the owner
 * @param minute start of the UTC minute, epoch milliseconds
 * @param cashCents cash, in cents
 * @param marketValueCents sum of quantity × latest price over the open positions (negative for
 *     shorts), in cents
 * @param unrealisedPnlCents sum of the open positions' unrealised P&amp;L, in cents
 * @param updatedAt event time of the newest change in this point, epoch milliseconds
 */
public record EquityPoint(
    String userId,
    long minute,
    long cashCents,
    long marketValueCents,
    double unrealisedPnlCents,
    long updatedAt) {

  /** Minutes are whole: a point's {@code minute} is its time cut to the minute. */
  public static final long MINUTE_MILLIS = 60_000L;

  /** Cash plus market value, in cents. */
  public long equityCents() {
    return cashCents + marketValueCents;
  }

  /** The start of the UTC minute holding {@code epochMillis}. */
  public static long minuteOf(long epochMillis) {
    return Math.floorDiv(epochMillis, MINUTE_MILLIS) * MINUTE_MILLIS;
  }
}
