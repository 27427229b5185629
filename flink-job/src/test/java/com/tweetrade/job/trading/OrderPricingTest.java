package com.tweetrade.job.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.rules.RulesFixtures;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Trade;
import com.tweetrade.model.rules.Action.OrderType;
import org.junit.jupiter.api.Test;

/** Which market an order meets: the price its rule carried or the newest quote the book saw. */
class OrderPricingTest {
  private static final long DECIDED = 10_000;

  @Test
  void shouldTakeTheSeenQuoteWhenItIsNewerThanTheCarriedPriceAndNotAfterTheDecision() {
    Quote market = OrderPricing.market(marketOrder(25_000, 8_000), quote(25_100, 9_000));
    assertThat(market.priceCents()).isEqualTo(25_100);
    assertThat(market.eventTime()).isEqualTo(9_000);
  }

  @Test
  void shouldKeepTheCarriedPriceAgainstAnOlderQuoteOrOneAfterTheDecision() {
    assertThat(OrderPricing.market(marketOrder(25_000, 8_000), quote(24_900, 7_000)).priceCents())
        .isEqualTo(25_000);
    Quote later = OrderPricing.market(marketOrder(25_000, 8_000), quote(26_000, 11_000));
    assertThat(later.priceCents()).isEqualTo(25_000);
    assertThat(later.eventTime()).isEqualTo(8_000);
  }

  @Test
  void shouldTakeAQuoteAfterTheDecisionOnlyWhenTheRuleCarriedNone() {
    assertThat(OrderPricing.market(marketOrder(0, Long.MIN_VALUE), quote(26_000, 11_000)))
        .isEqualTo(quote(26_000, 11_000));
    assertThat(OrderPricing.market(marketOrder(0, Long.MIN_VALUE), null)).isNull();
  }

  @Test
  void shouldCarryALimitOrdersMarketNotItsLimit() {
    Trade t = trade(24_000);
    Order limit =
        new Order(
            t, 8_000, false, OrderType.LIMIT, 24_000, 0, Long.MAX_VALUE, 0, 0, 0, 0, "", 25_000);
    assertThat(OrderPricing.market(limit, null).priceCents()).isEqualTo(25_000);
  }

  @Test
  void shouldRejectAMarketOrderWithoutAPriceOrWithAStaleOne() {
    Order none = OrderPricing.priced(marketOrder(0, Long.MIN_VALUE), null, 60_000);
    assertThat(none.trade().status()).isEqualTo(TradeStatus.REJECTED);
    assertThat(none.trade().reason()).isEqualTo("no market price for TSLA: no quote yet");
    Order stale = OrderPricing.priced(marketOrder(0, Long.MIN_VALUE), quote(25_000, 1_000), 5_000);
    assertThat(stale.trade().reason())
        .isEqualTo(
            "no fresh market price for TSLA: last quote at 1970-01-01T00:00:01Z, 9 s before the"
                + " order (limit 5 s)");
    Order fresh = OrderPricing.priced(marketOrder(0, Long.MIN_VALUE), quote(25_000, 6_000), 5_000);
    assertThat(fresh.trade().status()).isEqualTo(TradeStatus.PENDING);
    assertThat(fresh.trade().priceCents()).isEqualTo(25_000);
  }

  private static Order marketOrder(long carriedCents, long carriedTime) {
    return new Order(trade(carriedCents), carriedTime, false, true);
  }

  private static Trade trade(long priceCents) {
    return RulesFixtures.pending("t1", "BUY", 10, "TSLA", priceCents, DECIDED, "tick");
  }

  private static Quote quote(long cents, long time) {
    return new Quote("TSLA", cents, 1, cents, cents, time);
  }
}
