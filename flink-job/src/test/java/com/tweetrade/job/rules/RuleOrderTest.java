package com.tweetrade.job.rules;

import static com.tweetrade.job.rules.RulesFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.trading.Order;
import com.tweetrade.job.trading.TradeStatus;
import com.tweetrade.model.rules.Action.OrderType;
import com.tweetrade.model.rules.Rule;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order a firing rule sends carries its order type, prices, size, bracket and expiry. */
class RuleOrderTest {
  private static final Map<String, InputValue> TSLA_AT_250 =
      Map.of("price:TSLA", new InputValue(250.0, T0, T0));

  private static Order orderOf(String text, Long expiresAt) {
    Rule rule =
        Rule.fromEvent(
            RulesFixtures.createOnTick("r1", "WHEN price(TSLA) > 1 THEN " + text)
                .withExpiresAt(expiresAt),
            null);
    return RuleEvaluationFunction.order(
        rule,
        "t1",
        T0,
        RulesFixtures.FRESHNESS.at(TSLA_AT_250, T0),
        TSLA_AT_250.get("price:TSLA"),
        false,
        "quote:TSLA@" + T0 + "#0");
  }

  @Test
  void shouldSendAStopLimitAtItsLimitGoodUntilTheRuleExpires() {
    Order order = orderOf("SELL 10 TSLA AT STOP 240 LIMIT 239.5", T0 + 60_000);

    assertThat(order.type()).isEqualTo(OrderType.STOP_LIMIT);
    assertThat(order.stopCents()).isEqualTo(24000);
    assertThat(order.limitCents()).isEqualTo(23950);
    assertThat(order.expiresAt()).isEqualTo(T0 + 60_000);
    assertThat(order.trade().priceCents()).isEqualTo(23950);
    assertThat(order.trade().side()).isEqualTo("SELL");
    assertThat(order.trade().status()).isEqualTo(TradeStatus.PENDING);
    assertThat(order.market()).isFalse();
  }

  @Test
  void shouldSendAStopAtItsStopAndNeverExpireWithoutAnExpiry() {
    Order order = orderOf("BUY 10 TSLA AT STOP 250.5", null);

    assertThat(order.type()).isEqualTo(OrderType.STOP);
    assertThat(order.trade().priceCents()).isEqualTo(25050);
    assertThat(order.expiresAt()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void shouldLeaveTheSharesOfCloseAmountAndEquityToPaperTrading() {
    Order close = orderOf("CLOSE TSLA", null);
    assertThat(close.trade().side()).isEqualTo("CLOSE");
    assertThat(close.trade().quantity()).isZero();
    assertThat(close.market()).isTrue();
    assertThat(close.trade().priceCents()).isEqualTo(25000);

    Order amount = orderOf("BUY $1000 OF TSLA", null);
    assertThat(amount.amountCents()).isEqualTo(100_000);
    assertThat(amount.trade().quantity()).isZero();

    Order equity = orderOf("BUY 5% OF EQUITY IN TSLA TAKE PROFIT 5% STOP LOSS 2%", null);
    assertThat(equity.equityBasisPoints()).isEqualTo(500);
    assertThat(equity.takeProfitBasisPoints()).isEqualTo(500);
    assertThat(equity.stopLossBasisPoints()).isEqualTo(200);
    assertThat(equity.hasBracket()).isTrue();
    assertThat(equity.ocoId()).isEmpty();
  }
}
