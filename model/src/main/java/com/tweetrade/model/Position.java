package com.tweetrade.model;

/**
 * A user's paper-trading position in one ticker, after the fill or the revaluation at {@code
 * updatedAt}.
 *
 * <p>Negative quantities are short positions. Unrealised P&amp;L is valued at {@code
 * lastPriceCents}: the fill's price, then the market price, as the job marks open positions to
 * market at most once a second per ticker.
 *
 * @param userId the owner
 * @param ticker the symbol
 * @param quantity shares held, negative when short
 * @param avgCostCents average price paid for the open quantity, in cents (0 when flat)
 * @param realisedPnlCents profit or loss realised by closing trades, in cents
 * @param lastPriceCents the price valuing the open quantity, in cents
 * @param unrealisedPnlCents {@code quantity * (lastPriceCents - avgCostCents)}
 * @param updatedAt event time of the fill or of the quote that valued this position, epoch
 *     milliseconds
 */
public record Position(
    String userId,
    String ticker,
    long quantity,
    double avgCostCents,
    double realisedPnlCents,
    long lastPriceCents,
    double unrealisedPnlCents,
    long updatedAt) {

  /** Realised plus unrealised profit or loss, in cents. */
  public double totalPnlCents() {
    return realisedPnlCents + unrealisedPnlCents;
  }
}
