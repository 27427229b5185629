package com.tweetrade.job.trading;

import com.tweetrade.model.OrderCommand;
import com.tweetrade.model.Trade;
import com.tweetrade.model.rules.Action.OrderType;

/**
 * An order on its way from a rule to paper trading (job-internal): the trade to fill, and what the
 * market-price step (the order book) needs to price it or to rest it, and paper trading to size it.
 *
 * @param trade the trade, status PENDING; for a market order priced at the rule's last price of the
 *     traded ticker (0 if it had none); for a limit or stop-limit order at the limit, for a stop
 *     order at the stop. Side CLOSE and quantity 0 for {@code CLOSE T}; quantity 0 when sized by
 *     amount, equity or (a bracket's exit) by its entry's fill: paper trading decides it
 * @param priceTime event time of the quote behind that price, {@link Long#MIN_VALUE} if none
 * @param closed decided on closed panes (ON CLOSE): paper trading handles it in event-time order
 * @param type how it fills; a triggered STOP_LIMIT rests on as a LIMIT
 * @param limitCents the limit of a LIMIT or STOP_LIMIT order, else 0
 * @param stopCents the stop of a STOP or STOP_LIMIT order (kept once triggered, to say how it
 *     filled), else 0
 * @param expiresAt event time from which a resting order no longer fills (the rule's expiry), or
 *     {@link Long#MAX_VALUE}
 * @param amountCents sized by amount: the money to spend, else 0
 * @param equityBasisPoints sized by equity: the share in hundredths of a percent, else 0
 * @param takeProfitBasisPoints an entry's bracket: the take profit, else 0
 * @param stopLossBasisPoints an entry's bracket: the stop loss, else 0
 * @param ocoId a bracket's exit: the trade id of its entry (the exits of one entry cancel each
 *     other), else empty
 * @param marketCents a limit or stop order: the traded ticker's price the rule had when it fired
 *     (at {@code priceTime}), 0 if none; the book checks the order against it on placing, so that
 *     does not depend on which quotes the book has seen by then
 */
public record Order(
    Trade trade,
    long priceTime,
    boolean closed,
    OrderType type,
    long limitCents,
    long stopCents,
    long expiresAt,
    long amountCents,
    long equityBasisPoints,
    long takeProfitBasisPoints,
    long stopLossBasisPoints,
    String ocoId,
    long marketCents) {

  public Order {
    ocoId = ocoId == null ? "" : ocoId;
  }

  /**
   * A market order ({@code market}), or a good-till-cancelled limit order at the trade's price, as
   * orders were before stops.
   */
  public Order(Trade trade, long priceTime, boolean closed, boolean market) {
    this(
        trade,
        priceTime,
        closed,
        market ? OrderType.MARKET : OrderType.LIMIT,
        market ? 0 : trade.priceCents(),
        0,
        Long.MAX_VALUE,
        0,
        0,
        0,
        0,
        "",
        0);
  }

  /** A request to cancel the resting order {@code command} names, at its request time. */
  public static Order cancelRequest(OrderCommand command) {
    long time = command.requestedAt();
    Trade request =
        new Trade(
            command.orderId(),
            command.userId(),
            "",
            "",
            0,
            command.ticker(),
            0,
            time,
            TradeStatus.CANCEL_REQUEST,
            "",
            java.util.Map.of(),
            "");
    return new Order(request, Long.MIN_VALUE, false, true);
  }

  /** A market order: priced at once, never rests. */
  public boolean market() {
    return type == OrderType.MARKET;
  }

  public boolean buy() {
    return "BUY".equals(trade.side());
  }

  /** An entry with a take profit or stop loss to place when it fills. */
  public boolean hasBracket() {
    return takeProfitBasisPoints > 0 || stopLossBasisPoints > 0;
  }

  /** This order with {@code trade} in place of its trade. */
  public Order with(Trade trade) {
    return copy(trade, priceTime, type);
  }

  /** This order as another type (a triggered stop-limit becomes a limit). */
  public Order as(OrderType type) {
    return copy(trade, priceTime, type);
  }

  /** This order filled (for paper trading to check) at {@code priceCents}, at {@code time}. */
  public Order filledAt(long priceCents, long time, String how) {
    return copy(trade.at(priceCents, time, trade.status(), how), time, type);
  }

  /** This order ended unfilled at {@code time} with {@code status} (EXPIRED, CANCELLED). */
  public Order ended(String status, long time, String why) {
    return with(trade.at(trade.priceCents(), time, status, why));
  }

  private Order copy(Trade trade, long priceTime, OrderType type) {
    return new Order(
        trade,
        priceTime,
        closed,
        type,
        limitCents,
        stopCents,
        expiresAt,
        amountCents,
        equityBasisPoints,
        takeProfitBasisPoints,
        stopLossBasisPoints,
        ocoId,
        marketCents);
  }
}
