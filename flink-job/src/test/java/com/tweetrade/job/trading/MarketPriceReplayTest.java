package com.tweetrade.job.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.rules.RulesFixtures;
import com.tweetrade.job.rules.RulesScenario;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Trade;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Market price in a replay (a backtest on daily closes): the closes are read long before the
 * orders, and an order between two closes is priced at the close before it once event time passes
 * it, never at a later one.
 */
class MarketPriceReplayTest {
  private static final long FRI_CLOSE = at("2015-01-02T20:00:00Z");
  private static final long MON_CLOSE = at("2015-01-05T20:00:00Z");
  private static final long TUE_CLOSE = at("2015-01-06T20:00:00Z");
  private static final long SUNDAY = at("2015-01-04T15:00:00Z");
  private static final long MONDAY_NOON = at("2015-01-05T12:00:00Z");

  @AutoClose private KeyedTwoInputStreamOperatorTestHarness<String, Quote, Order, Order> harness;

  @BeforeEach
  void setUp() throws Exception {
    harness = MarketPriceFunctionTest.open(new MarketPriceFunction(Duration.ofDays(5), true));
    // The replay read every close before any order.
    for (long[] close : new long[][] {{10387, FRI_CLOSE}, {10094, MON_CLOSE}, {10095, TUE_CLOSE}})
      harness.processElement1(RulesScenario.quote("AAPL", close[0], close[1]), close[1]);
  }

  private void order(String id, long time) throws Exception {
    Trade trade = RulesFixtures.pending(id, "BUY", 10, "AAPL", 0, time, "tweet:1");
    harness.processElement2(new Order(trade, Long.MIN_VALUE, false, true), time);
  }

  @Test
  void shouldPriceAnOrderBetweenTwoClosesAtTheCloseBeforeIt() throws Exception {
    order("t-sunday", SUNDAY);
    assertThat(harness.extractOutputValues()).as("waits for event time").isEmpty();

    harness.processBothWatermarks(new Watermark(SUNDAY));

    assertThat(harness.extractOutputValues())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.trade().priceCents()).as("Friday's close, 43 h old").isEqualTo(10387);
              assertThat(o.trade().status()).isEqualTo(TradeStatus.PENDING);
            });
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void shouldPriceTheOrdersOfOneTimeInTradeIdOrderAndForgetOlderCloses() throws Exception {
    order("t-b", MONDAY_NOON);
    order("t-a", MONDAY_NOON);
    harness.processBothWatermarks(new Watermark(MONDAY_NOON));
    order("t-c", at("2015-01-06T12:00:00Z"));
    harness.processBothWatermarks(new Watermark(Long.MAX_VALUE));

    assertThat(harness.extractOutputValues())
        .extracting(o -> o.trade().id() + "@" + o.trade().priceCents())
        .containsExactly("t-a@10387", "t-b@10387", "t-c@10094");
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void shouldFillARestingLimitAtTheFirstCloseThatCrossesItOnceEventTimePassesIt() throws Exception {
    harness.processElement2(limitBuy(), SUNDAY);
    harness.processBothWatermarks(new Watermark(SUNDAY));
    assertThat(harness.extractOutputValues()).as("Friday's 103.87 is above 101.00").isEmpty();

    harness.processBothWatermarks(new Watermark(Long.MAX_VALUE));

    assertThat(harness.extractOutputValues())
        .extracting(
            o -> o.trade().id() + "@" + o.trade().priceCents() + "@" + o.trade().eventTime())
        .containsExactly("t-limit@10094@" + MON_CLOSE);
    assertThat(harness.extractOutputValues().get(0).trade().reason())
        .isEqualTo("limit 101.00 filled at 100.94");
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void shouldFillTheSameWhenTheOrderIsReadBeforeTheCloses() throws Exception {
    try (var orderFirst =
        MarketPriceFunctionTest.open(new MarketPriceFunction(Duration.ofDays(5), true))) {
      orderFirst.processElement2(limitBuy(), SUNDAY);
      for (long[] close :
          new long[][] {{10387, FRI_CLOSE}, {10094, MON_CLOSE}, {10095, TUE_CLOSE}}) {
        orderFirst.processElement1(RulesScenario.quote("AAPL", close[0], close[1]), close[1]);
      }
      orderFirst.processBothWatermarks(new Watermark(Long.MAX_VALUE));

      assertThat(orderFirst.extractOutputValues())
          .extracting(
              o -> o.trade().id() + "@" + o.trade().priceCents() + "@" + o.trade().eventTime())
          .containsExactly("t-limit@10094@" + MON_CLOSE);
    }
  }

  /** A good-till-cancelled buy limit of 101.00 for AAPL, placed on Sunday. */
  private static Order limitBuy() {
    Trade trade = RulesFixtures.pending("t-limit", "BUY", 10, "AAPL", 10100, SUNDAY, "tweet:1");
    return new Order(trade, Long.MIN_VALUE, false, false);
  }

  private static long at(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }
}
