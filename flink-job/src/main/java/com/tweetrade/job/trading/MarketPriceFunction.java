package com.tweetrade.job.trading;

import com.tweetrade.model.Quote;
import com.tweetrade.model.Trade;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Prices market orders at the market (the key is the traded ticker): every quote of the ticker
 * passes here, so an order is priced whether or not its rule ever read the ticker.
 *
 * <p>The price is the newest quote at or before the order's time among the one the rule carried
 * (for a rule that reads the ticker, the quote that triggered it: replayable) and the newest this
 * step has seen. A price older than the staleness bound is not traded on: the order is rejected
 * with the reason, as is an order for a ticker without any quote. Limit orders pass unchanged.
 *
 * <p>State: the newest quote per ticker (bounded by the ticker directory).
 */
public class MarketPriceFunction extends KeyedCoProcessFunction<String, Quote, Order, Order> {
  private static final long serialVersionUID = 1L;

  private final long stalenessMillis;
  private transient ValueState<Quote> lastQuote;

  public MarketPriceFunction(Duration staleness) {
    this.stalenessMillis = staleness.toMillis();
  }

  @Override
  public void open(OpenContext openContext) {
    lastQuote = getRuntimeContext().getState(TradingDescriptors.LAST_QUOTE);
  }

  @Override
  public void processElement1(Quote quote, Context ctx, Collector<Order> out) throws Exception {
    Quote held = lastQuote.value();
    if (held == null || quote.eventTime() >= held.eventTime()) lastQuote.update(quote);
  }

  @Override
  public void processElement2(Order order, Context ctx, Collector<Order> out) throws Exception {
    if (!order.market()) {
      out.collect(order);
      return;
    }
    Trade trade = order.trade();
    long time = trade.eventTime();
    long priceCents = trade.priceCents();
    long priceTime = priceCents > 0 ? order.priceTime() : Long.MIN_VALUE;
    Quote seen = lastQuote.value();
    // The newest quote at or before the decision; a quote after it only when the rule carried none.
    if (seen != null
        && (seen.eventTime() <= time
            ? seen.eventTime() > priceTime
            : priceTime == Long.MIN_VALUE)) {
      priceCents = seen.priceCents();
      priceTime = seen.eventTime();
    }
    if (priceTime == Long.MIN_VALUE) {
      out.collect(
          order.with(
              trade.withStatus(
                  TradeStatus.REJECTED,
                  "no market price for " + trade.ticker() + ": no quote yet")));
    } else if (priceTime < time - stalenessMillis) {
      out.collect(
          order.with(
              trade.withStatus(
                  TradeStatus.REJECTED,
                  "no fresh market price for "
                      + trade.ticker()
                      + ": last quote at "
                      + Instant.ofEpochMilli(priceTime)
                      + ", "
                      + (time - priceTime) / 1000
                      + " s before the order (limit "
                      + stalenessMillis / 1000
                      + " s)")));
    } else {
      out.collect(order.with(trade.withPriceCents(priceCents)));
    }
  }
}
