package com.tweetrade.job.trading;

import static com.tweetrade.job.rules.RulesFixtures.ONE_MINUTE;
import static com.tweetrade.job.rules.RulesFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.rules.RulesFixtures;
import com.tweetrade.job.rules.RulesScenario;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Trade;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MarketPriceFunctionTest {
  @AutoClose private KeyedTwoInputStreamOperatorTestHarness<String, Quote, Order, Order> harness;

  @BeforeEach
  void setUp() throws Exception {
    harness = open(new MarketPriceFunction(Duration.ofSeconds(60), false));
  }

  /** An open harness of {@code function}: quotes keyed by ticker, orders by traded ticker. */
  static KeyedTwoInputStreamOperatorTestHarness<String, Quote, Order, Order> open(
      MarketPriceFunction function) throws Exception {
    var harness =
        new KeyedTwoInputStreamOperatorTestHarness<>(
            new KeyedCoProcessOperator<>(function),
            Quote::ticker,
            (Order o) -> o.trade().ticker(),
            Types.STRING);
    RulesFixtures.noKryo(harness);
    harness.setup(RulesFixtures.serializer(TradingTypes.ORDER));
    harness.open();
    return harness;
  }

  private void quote(long priceCents, long time) throws Exception {
    harness.processElement1(RulesScenario.quote("AAPL", priceCents, time), time);
  }

  /**
   * A market order for AAPL at {@code time}, carrying {@code carriedCents} seen at {@code
   * carriedAt}.
   */
  private Trade order(long time, long carriedCents, long carriedAt) throws Exception {
    Trade trade =
        RulesFixtures.pending("t-" + time, "BUY", 5, "AAPL", carriedCents, time, "tweet:1");
    harness.processElement2(new Order(trade, carriedAt, false, true), time);
    return harness.extractOutputValues().get(harness.extractOutputValues().size() - 1).trade();
  }

  @Test
  void shouldPriceAtTheMarketWhenTheRuleNeverReadTheTicker() throws Exception {
    quote(15000, T0 + 1_000);
    quote(15100, T0 + 2_000);

    Trade filled = order(T0 + 3_000, 0, Long.MIN_VALUE);
    assertThat(filled.priceCents()).isEqualTo(15100);
    assertThat(filled.status()).isEqualTo(TradeStatus.PENDING);
  }

  @Test
  void shouldPreferTheNewerQuoteAtOrBeforeTheOrder() throws Exception {
    quote(15100, T0 + 2_000);
    assertThat(order(T0 + 3_000, 15000, T0 + 1_000).priceCents())
        .as("the step saw a newer quote")
        .isEqualTo(15100);
    assertThat(order(T0 + 3_000, 15200, T0 + 3_000).priceCents())
        .as("the carried quote is newer")
        .isEqualTo(15200);
    quote(15300, T0 + 4_000);
    assertThat(order(T0 + 3_000, 15200, T0 + 3_000).priceCents())
        .as("the triggering quote, not one after the decision: replayable")
        .isEqualTo(15200);
  }

  @Test
  void shouldRejectWithoutAnyQuoteOrOnAStaleOne() throws Exception {
    Trade none = order(T0, 0, Long.MIN_VALUE);
    assertThat(none.status()).isEqualTo(TradeStatus.REJECTED);
    assertThat(none.reason()).startsWith("no market price for AAPL");

    quote(15000, T0);
    Trade stale = order(T0 + 2 * ONE_MINUTE, 0, Long.MIN_VALUE);
    assertThat(stale.status()).isEqualTo(TradeStatus.REJECTED);
    assertThat(stale.reason()).contains("120 s before the order (limit 60 s)");
  }
}
