package com.tweetrade.model;

/**
 * A change of a resting order (limit, stop, stop-limit, bracket exit) in the job's order book, as
 * the {@code openOrders} table holds it: the job writes one row per order and overwrites it on
 * every change; the web UI lists the rows still {@link #OPEN} and sends {@link OrderCommand}s to
 * cancel them.
 *
 * @param userId owner of the order (of its rule)
 * @param orderId the order's trade id; a bracket's exits are {@code <entry id>-take-profit} and
 *     {@code <entry id>-stop-loss}
 * @param ruleId the rule that placed it
 * @param ticker the symbol traded
 * @param side {@code BUY} or {@code SELL}
 * @param type {@code LIMIT}, {@code STOP} or {@code STOP_LIMIT} (a triggered stop-limit is a {@code
 *     LIMIT} with its stop kept)
 * @param quantity shares, or 0 when decided at the fill (sized by amount or equity, bracket exits)
 * @param limitCents the limit in cents, 0 if none
 * @param stopCents the stop in cents, 0 if none
 * @param status {@link #OPEN}, {@link #FILLED}, {@link #CANCELLED} or {@link #EXPIRED}
 * @param placedAt event time the order was placed, epoch milliseconds
 * @param updatedAt event time of this change
 * @param fillPriceCents the quote's price it filled at ({@link #FILLED}), else 0; paper trading may
 *     still refuse the fill (cash, limits): the trade says
 */
public record OpenOrder(
    String userId,
    String orderId,
    String ruleId,
    String ticker,
    String side,
    String type,
    long quantity,
    long limitCents,
    long stopCents,
    String status,
    long placedAt,
    long updatedAt,
    long fillPriceCents) {

  /** Resting in the book. */
  public static final String OPEN = "OPEN";

  /** Reached by a quote and sent to paper trading at that quote's price. */
  public static final String FILLED = "FILLED";

  /** Cancelled by its owner, or by the other exit of its bracket. */
  public static final String CANCELLED = "CANCELLED";

  /** Reached its rule's expiry unfilled. */
  public static final String EXPIRED = "EXPIRED";
}
