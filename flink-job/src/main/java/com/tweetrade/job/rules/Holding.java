package com.tweetrade.job.rules;

/**
 * One user's holding in one ticker, and how a fill changes it. Pure; negative quantity is short.
 *
 * <p>Average cost is that of the open quantity; a fill that reduces the position realises {@code
 * closed * (price - avgCost)} (sign-adjusted for shorts); one that crosses zero closes the old side
 * and opens the rest at the fill price.
 *
 * @param quantity shares, negative when short
 * @param avgCostCents average price of the open quantity, 0 when flat
 * @param realisedPnlCents P&amp;L realised so far
 * @param lastPriceCents the latest fill price in this ticker, which values the open quantity
 */
public record Holding(
    long quantity, double avgCostCents, double realisedPnlCents, long lastPriceCents) {

  public static final Holding EMPTY = new Holding(0, 0, 0, 0);

  /**
   * The holding after buying ({@code signedQuantity > 0}) or selling shares at {@code priceCents}.
   */
  public Holding fill(long signedQuantity, long priceCents) {
    long next = quantity + signedQuantity;
    if (quantity == 0 || Long.signum(quantity) == Long.signum(signedQuantity)) {
      double cost =
          avgCostCents * Math.abs(quantity) + (double) priceCents * Math.abs(signedQuantity);
      return new Holding(next, cost / Math.abs(next), realisedPnlCents, priceCents);
    }
    long closed = Math.min(Math.abs(quantity), Math.abs(signedQuantity));
    double realised =
        realisedPnlCents + Long.signum(quantity) * closed * (priceCents - avgCostCents);
    double avg =
        next == 0 ? 0 : Long.signum(next) == Long.signum(quantity) ? avgCostCents : priceCents;
    return new Holding(next, avg, realised, priceCents);
  }

  /** Open P&amp;L at the last price. */
  public double unrealisedPnlCents() {
    return quantity == 0 ? 0 : quantity * (lastPriceCents - avgCostCents);
  }
}
