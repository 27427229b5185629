package com.tweetrade.web.trades;

import java.time.Instant;

/**
 * A user's paper position in one ticker, as the job keeps it in {@code positions}.
 *
 * @param userId owner
 * @param ticker symbol
 * @param quantity shares held (negative when short)
 * @param avgCostCents average cost per share in cents
 * @param realisedPnlCents profit or loss already taken, in cents
 * @param lastPriceCents latest price seen, in cents
 * @param unrealisedPnlCents (last - average cost) × quantity, in cents
 * @param updatedAt when the job last wrote it
 */
public record Position(
    String userId,
    String ticker,
    long quantity,
    double avgCostCents,
    double realisedPnlCents,
    long lastPriceCents,
    double unrealisedPnlCents,
    Instant updatedAt) {

  public double totalPnlCents() {
    return realisedPnlCents + unrealisedPnlCents;
  }
}
