package com.tweetrade.job.trading;

import com.tweetrade.job.analytics.Decoded;
import com.tweetrade.model.OrderCommand;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Order commands from the web UI as cancel requests for the order book ({@link
 * Order#cancelRequest}); a record that does not decode, or lacks a user, order or ticker, is
 * dropped: it could cancel nothing.
 */
public class CancelRequests implements FlatMapFunction<Decoded<OrderCommand>, Order> {
  private static final long serialVersionUID = 1L;

  @Override
  public void flatMap(Decoded<OrderCommand> in, Collector<Order> out) {
    if (!in.isOk()) return;
    OrderCommand c = in.value();
    if (blank(c.userId()) || blank(c.orderId()) || blank(c.ticker())) return;
    out.collect(Order.cancelRequest(c));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
