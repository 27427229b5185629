package com.tweetrade.job.trading;

import static com.tweetrade.job.rules.RulesFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.tweetrade.job.rules.RulesFixtures;
import com.tweetrade.model.AccountSettings;
import com.tweetrade.model.Trade;
import com.tweetrade.model.rules.Action.OrderType;
import java.util.List;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Paper trading decides the shares of CLOSE, of orders sized by amount or equity and of bracket
 * exits at the fill ({@link OrderSizing}), and refuses with the reason when there are none.
 */
class OrderSizingTest {
  @AutoClose
  private KeyedTwoInputStreamOperatorTestHarness<String, Order, AccountSettings, Trade> harness;

  private long time = T0;

  @BeforeEach
  void setUp() throws Exception {
    harness =
        TradingHarnesses.paperTrading(
            new PaperTradingFunction(RiskLimits.DEFAULT.withShortSelling(true)), null);
  }

  /** Sends an ON TICK market order priced at {@code priceCents}; returns its verdict. */
  private Trade send(
      String id,
      String side,
      long quantity,
      String ticker,
      long priceCents,
      long amountCents,
      long equityBasisPoints,
      long takeProfit,
      String ocoId)
      throws Exception {
    time += 1_000;
    Trade trade =
        RulesFixtures.pending(id, side, quantity, ticker, priceCents, time, "tweet:" + id);
    harness.processElement1(
        new Order(
            trade,
            time,
            false,
            OrderType.MARKET,
            0,
            0,
            Long.MAX_VALUE,
            amountCents,
            equityBasisPoints,
            takeProfit,
            0,
            ocoId,
            0),
        time);
    List<Trade> out = harness.extractOutputValues();
    return out.get(out.size() - 1);
  }

  private Trade shares(String id, String side, long quantity, String ticker, long priceCents)
      throws Exception {
    return send(id, side, quantity, ticker, priceCents, 0, 0, 0, "");
  }

  private List<Long> cash() {
    return RulesFixtures.sideOutput(harness, TradingDescriptors.CASH_BALANCES).stream()
        .map(CashBalance::cashCents)
        .toList();
  }

  @Test
  void shouldRefuseToCloseWhatIsNotHeld() throws Exception {
    Trade close = shares("c", "CLOSE", 0, "TSLA", 25000);

    assertThat(close.status()).isEqualTo(TradeStatus.REJECTED);
    assertThat(close.reason()).isEqualTo("nothing to close: no TSLA held");
  }

  @Test
  void shouldCloseALongBySellingAndAShortByBuyingTheWholeHolding() throws Exception {
    shares("b", "BUY", 10, "TSLA", 25000);
    shares("s", "SELL", 5, "AAPL", 15000);

    Trade closeLong = shares("c1", "CLOSE", 0, "TSLA", 26000);
    Trade closeShort = shares("c2", "CLOSE", 0, "AAPL", 14000);

    assertThat(List.of(closeLong, closeShort))
        .extracting(Trade::status, Trade::side, Trade::quantity, Trade::priceCents)
        .containsExactly(
            tuple(TradeStatus.FILLED, "SELL", 10L, 26000L),
            tuple(TradeStatus.FILLED, "BUY", 5L, 14000L));
    // 100,000.00 - 2,500.00 + 750.00 + 2,600.00 - 700.00
    assertThat(cash()).last().isEqualTo(10_015_000L);
    assertThat(shares("c3", "CLOSE", 0, "TSLA", 26000).reason())
        .isEqualTo("nothing to close: no TSLA held");
  }

  @Test
  void shouldBuyAsManyWholeSharesAsTheAmountBuysAtTheFillPrice() throws Exception {
    Trade amount = send("a", "BUY", 0, "TSLA", 24980, 100_000, 0, 0, "");

    assertThat(amount)
        .extracting(Trade::status, Trade::quantity, Trade::priceCents)
        .containsExactly(TradeStatus.FILLED, 4L, 24980L);
    assertThat(cash()).containsExactly(10_000_000L - 4 * 24980);

    Trade tooLittle = send("a2", "BUY", 0, "TSLA", 25000, 10_000, 0, 0, "");
    assertThat(tooLittle.status()).isEqualTo(TradeStatus.REJECTED);
    assertThat(tooLittle.reason()).isEqualTo("$100.00 buys no TSLA at $250.00");
  }

  @Test
  void shouldSizeByEquityAtTheLatestPricesTheAccountKnows() throws Exception {
    shares("x1", "BUY", 100, "AAPL", 15000);
    shares("x2", "BUY", 10, "AAPL", 20000);
    // Cash 83,000.00 + 110 AAPL at 200.00 (its latest fill) = 105,000.00; 5% = 5,250.00.
    Trade equity = send("e", "BUY", 0, "TSLA", 25000, 0, 500, 0, "");

    assertThat(equity)
        .extracting(Trade::status, Trade::quantity)
        .containsExactly(TradeStatus.FILLED, 21L);

    Trade tooLittle = send("e2", "BUY", 0, "TSLA", 25000, 0, 1, 0, "");
    assertThat(tooLittle.status()).isEqualTo(TradeStatus.REJECTED);
    assertThat(tooLittle.reason())
        .isEqualTo("0.01% of equity $105,000.00 is $10.50: buys no TSLA at $250.00");
  }

  @Test
  void shouldSizeABracketExitByItsEntryAndRefuseOneWhoseEntryDidNotFill() throws Exception {
    send("entry", "BUY", 10, "TSLA", 25000, 0, 0, 500, "");
    Trade exit = send("entry-take-profit", "SELL", 0, "TSLA", 26250, 0, 0, 0, "entry");
    assertThat(exit)
        .extracting(Trade::status, Trade::side, Trade::quantity)
        .containsExactly(TradeStatus.FILLED, "SELL", 10L);

    Trade tooBig = send("big", "BUY", 1_000, "TSLA", 25000, 0, 0, 500, "");
    assertThat(tooBig.status()).isEqualTo(TradeStatus.REJECTED);
    Trade orphan = send("big-stop-loss", "SELL", 0, "TSLA", 24500, 0, 0, 0, "big");
    assertThat(orphan.status()).isEqualTo(TradeStatus.REJECTED);
    assertThat(orphan.reason()).isEqualTo("bracket exit of big: the entry did not fill");
    // The bracket that filled an exit is over: its entry is forgotten.
    Trade again = send("entry-stop-loss", "SELL", 0, "TSLA", 24500, 0, 0, 0, "entry");
    assertThat(again.status()).isEqualTo(TradeStatus.REJECTED);
  }
}
