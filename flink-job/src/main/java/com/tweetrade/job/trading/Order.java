package com.tweetrade.job.trading;

import com.tweetrade.model.Trade;

/**
 * An order on its way from a rule to paper trading (job-internal): the trade to fill, and what the
 * market-price step needs to price it.
 *
 * @param trade the trade, status PENDING; for a market order priced at the rule's last price of the
 *     traded ticker (0 if it had none)
 * @param priceTime event time of the quote behind that price, {@link Long#MIN_VALUE} if none
 * @param closed decided on closed panes (ON CLOSE): paper trading handles it in event-time order
 * @param market a market order (filled at the market), not a limit order
 */
public record Order(Trade trade, long priceTime, boolean closed, boolean market) {

  /** This order with {@code trade} in place of its trade. */
  public Order with(Trade trade) {
    return new Order(trade, priceTime, closed, market);
  }
}
