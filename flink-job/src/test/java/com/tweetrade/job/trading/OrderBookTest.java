package com.tweetrade.job.trading;

import static com.tweetrade.job.rules.RulesFixtures.ALICE;
import static com.tweetrade.job.rules.RulesFixtures.ONE_MINUTE;
import static com.tweetrade.job.rules.RulesFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.rules.RulesFixtures;
import com.tweetrade.job.rules.RulesScenario;
import com.tweetrade.model.OrderCommand;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Trade;
import com.tweetrade.model.rules.Action.OrderType;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The order book ({@link MarketPriceFunction}, live): limit, stop and stop-limit orders rest until
 * a quote reaches them, fill at that quote's price once, expire with their rule, and survive a
 * restore.
 */
class OrderBookTest {
  private static final long SECOND = 1_000;
  private static final long NEVER = Long.MAX_VALUE;

  @AutoClose private KeyedTwoInputStreamOperatorTestHarness<String, Quote, Order, Order> harness;

  @BeforeEach
  void setUp() throws Exception {
    harness = open(null);
  }

  /** A live book with a 60 s staleness bound, restored from {@code state} unless it is null. */
  static KeyedTwoInputStreamOperatorTestHarness<String, Quote, Order, Order> open(
      OperatorSubtaskState state) throws Exception {
    var opened =
        new KeyedTwoInputStreamOperatorTestHarness<>(
            new KeyedCoProcessOperator<>(new MarketPriceFunction(Duration.ofSeconds(60), false)),
            Quote::ticker,
            (Order o) -> o.trade().ticker(),
            Types.STRING);
    RulesFixtures.noKryo(opened);
    opened.setup(RulesFixtures.serializer(TradingTypes.ORDER));
    if (state != null) opened.initializeState(state);
    opened.open();
    return opened;
  }

  private void quote(long priceCents, long time) throws Exception {
    harness.processElement1(RulesScenario.quote("TSLA", priceCents, time), time);
  }

  private static Order order(
      String id,
      String side,
      OrderType type,
      long limitCents,
      long stopCents,
      long time,
      long expiresAt) {
    long price = limitCents > 0 ? limitCents : stopCents;
    Trade trade = RulesFixtures.pending(id, side, 10, "TSLA", price, time, "tweet:1");
    // Share-sized, without bracket.
    return new Order(
        trade, Long.MIN_VALUE, false, type, limitCents, stopCents, expiresAt, 0, 0, 0, 0, "", 0);
  }

  /** The book sent one trade, at {@code priceCents}, saying {@code reason}. */
  private void assertOneTrade(long priceCents, String reason) {
    assertThat(trades())
        .extracting(Trade::priceCents, Trade::reason)
        .containsExactly(tuple(priceCents, reason));
  }

  private void place(Order order) throws Exception {
    harness.processElement2(order, order.trade().eventTime());
  }

  private List<Trade> trades() {
    return harness.extractOutputValues().stream().map(Order::trade).toList();
  }

  @Test
  void shouldRestABuyLimitUntilAQuoteAtOrBelowItThenFillOnceAtThatQuote() throws Exception {
    quote(25500, T0);
    place(order("b", "BUY", OrderType.LIMIT, 25000, 0, T0 + SECOND, NEVER));
    quote(25100, T0 + 2 * SECOND);
    quote(25001, T0 + 3 * SECOND);
    assertThat(trades()).isEmpty();

    quote(24980, T0 + 4 * SECOND);
    quote(24000, T0 + 5 * SECOND);

    assertThat(trades())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.id()).isEqualTo("b");
              assertThat(t.priceCents()).isEqualTo(24980);
              assertThat(t.eventTime()).isEqualTo(T0 + 4 * SECOND);
              assertThat(t.status()).isEqualTo(TradeStatus.PENDING);
              assertThat(t.reason()).isEqualTo("limit 250.00 filled at 249.80");
            });
  }

  @Test
  void shouldFillASellLimitAtAQuoteAtOrAboveIt() throws Exception {
    place(order("s", "SELL", OrderType.LIMIT, 25000, 0, T0, NEVER));
    quote(24999, T0 + SECOND);
    assertThat(trades()).isEmpty();

    quote(25000, T0 + 2 * SECOND);

    assertOneTrade(25000, "limit 250.00 filled at 250.00");
  }

  @Test
  void shouldFillALimitThatTheMarketAlreadyCrossesAtTheMarketAtOnce() throws Exception {
    quote(24500, T0);
    place(order("b", "BUY", OrderType.LIMIT, 25000, 0, T0 + SECOND, NEVER));

    assertThat(trades())
        .extracting(Trade::priceCents, Trade::eventTime, Trade::reason)
        .containsExactly(tuple(24500L, T0 + SECOND, "limit 250.00 filled at 245.00"));
  }

  @Test
  void shouldMeetTheMarketItsRuleHadOnPlacingWhateverTheBookSawSince() throws Exception {
    quote(26000, T0 + 5 * SECOND);
    Order plain = order("b", "BUY", OrderType.LIMIT, 25000, 0, T0 + SECOND, NEVER);
    // The rule fired at T0 + 1 s on TSLA at 249.00 (a quote of T0); the book has seen 260.00 since.
    place(
        new Order(
            plain.trade(), T0, false, OrderType.LIMIT, 25000, 0, NEVER, 0, 0, 0, 0, "", 24900));

    assertThat(trades())
        .extracting(Trade::priceCents, Trade::eventTime, Trade::reason)
        .containsExactly(tuple(24900L, T0 + SECOND, "limit 250.00 filled at 249.00"));
  }

  @Test
  void shouldNotFillAtAStaleQuoteNorAtAQuoteOlderThanTheOrder() throws Exception {
    quote(24500, T0);
    place(order("b", "BUY", OrderType.LIMIT, 25000, 0, T0 + 2 * ONE_MINUTE, NEVER));
    quote(24000, T0 + ONE_MINUTE);
    assertThat(trades()).isEmpty();

    quote(24900, T0 + 3 * ONE_MINUTE);

    assertThat(trades()).extracting(Trade::priceCents).containsExactly(24900L);
  }

  @Test
  void shouldTriggerABuyStopAtAQuoteAtOrAboveItAndFillAtThatQuote() throws Exception {
    quote(24000, T0);
    place(order("st", "BUY", OrderType.STOP, 0, 25000, T0 + SECOND, NEVER));
    quote(24999, T0 + 2 * SECOND);
    assertThat(trades()).isEmpty();

    quote(25010, T0 + 3 * SECOND);

    assertOneTrade(25010, "stop 250.00 reached, filled at 250.10");
  }

  @Test
  void shouldTriggerASellStopAtAQuoteAtOrBelowIt() throws Exception {
    place(order("st", "SELL", OrderType.STOP, 0, 24000, T0, NEVER));
    quote(24001, T0 + SECOND);
    quote(23500, T0 + 2 * SECOND);

    assertOneTrade(23500, "stop 240.00 reached, filled at 235.00");
  }

  @Test
  void shouldRestATriggeredStopLimitAsALimitUntilTheLimitIsReached() throws Exception {
    place(order("sl", "SELL", OrderType.STOP_LIMIT, 23950, 24000, T0, NEVER));
    quote(24100, T0 + SECOND);
    // Reaches the stop, but a sell limit of 239.50 does not fill at 239.00: it rests as a limit.
    quote(23900, T0 + 2 * SECOND);
    assertThat(trades()).isEmpty();
    // Back above the stop: a triggered stop-limit stays a limit.
    quote(24100, T0 + 3 * SECOND);

    assertThat(trades())
        .extracting(Trade::priceCents, Trade::eventTime, Trade::reason)
        .containsExactly(
            tuple(24100L, T0 + 3 * SECOND, "stop 240.00 reached, limit 239.50 filled at 241.00"));
  }

  @Test
  void shouldExpireAtTheRuleExpiryEvenWhenAQuoteThenCrossesIt() throws Exception {
    place(order("b", "BUY", OrderType.LIMIT, 25000, 0, T0, T0 + 10 * SECOND));
    quote(25500, T0 + 9 * SECOND);
    quote(24000, T0 + 10 * SECOND);

    assertThat(trades())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.status()).isEqualTo(TradeStatus.EXPIRED);
              assertThat(t.priceCents()).isEqualTo(25000);
              assertThat(t.eventTime()).isEqualTo(T0 + 10 * SECOND);
              assertThat(t.reason())
                  .isEqualTo("limit 250.00 expired unfilled at 2024-03-01T10:00:10Z");
            });
    harness.processWatermark1(new Watermark(T0 + ONE_MINUTE));
    harness.processWatermark2(new Watermark(T0 + ONE_MINUTE));
    assertThat(trades()).hasSize(1);
  }

  @Test
  void shouldExpireWithoutAnyQuoteWhenEventTimePassesTheExpiry() throws Exception {
    place(order("st", "BUY", OrderType.STOP, 0, 25000, T0, T0 + 10 * SECOND));
    assertThat(harness.numEventTimeTimers()).isEqualTo(1);
    harness.processWatermark1(new Watermark(T0 + 9 * SECOND));
    harness.processWatermark2(new Watermark(T0 + 9 * SECOND));
    assertThat(trades()).isEmpty();

    harness.processWatermark1(new Watermark(T0 + 10 * SECOND));
    harness.processWatermark2(new Watermark(T0 + 10 * SECOND));

    assertThat(trades())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.status()).isEqualTo(TradeStatus.EXPIRED);
              assertThat(t.reason())
                  .isEqualTo("stop 250.00 expired unfilled at 2024-03-01T10:00:10Z");
            });
    assertThat(harness.numKeyedStateEntries()).isZero();
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void shouldKeepARestingOrderAcrossARestoreAndFillItOnce() throws Exception {
    quote(25500, T0);
    place(order("b", "BUY", OrderType.LIMIT, 25000, 0, T0 + SECOND, NEVER));
    OperatorSubtaskState snapshot = harness.snapshot(1L, T0 + SECOND);
    harness.close();

    harness = open(snapshot);
    quote(25200, T0 + 2 * SECOND);
    assertThat(trades()).isEmpty();
    quote(24900, T0 + 3 * SECOND);
    quote(24800, T0 + 4 * SECOND);

    assertThat(trades())
        .extracting(Trade::id, Trade::priceCents)
        .containsExactly(tuple("b", 24900L));
    // Only the newest quote is left.
    assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
  }

  /** A market BUY 10 TSLA with a bracket: take profit 5%, stop loss 2%. */
  private static Order bracketEntry(String id, long time) {
    Order plain = order(id, "BUY", OrderType.MARKET, 0, 0, time, NEVER);
    return new Order(
        plain.trade(), Long.MIN_VALUE, false, OrderType.MARKET, 0, 0, NEVER, 0, 0, 500, 200, "", 0);
  }

  @Test
  void shouldPlaceABracketsExitsWhenItsEntryFillsAndLetTheFirstToFillCancelTheOther()
      throws Exception {
    quote(25000, T0);
    place(bracketEntry("e", T0 + SECOND));
    assertThat(trades())
        .extracting(Trade::id, Trade::priceCents)
        .containsExactly(tuple("e", 25000L));
    // Take profit: sell limit at 262.50; stop loss: sell stop at 245.00.
    quote(26249, T0 + 2 * SECOND);
    quote(24501, T0 + 3 * SECOND);
    assertThat(trades()).hasSize(1);

    quote(24400, T0 + 4 * SECOND);
    quote(27000, T0 + 5 * SECOND);

    assertThat(trades())
        .extracting(Trade::id, Trade::side, Trade::status, Trade::priceCents, Trade::reason)
        .containsExactly(
            tuple("e", "BUY", TradeStatus.PENDING, 25000L, ""),
            tuple(
                "e-stop-loss",
                "SELL",
                TradeStatus.PENDING,
                24400L,
                "stop loss: stop 245.00 reached, filled at 244.00"),
            tuple(
                "e-take-profit",
                "SELL",
                TradeStatus.CANCELLED,
                26250L,
                "limit 262.50 cancelled: the other exit of e filled"));
    assertThat(harness.extractOutputValues().get(1).ocoId()).isEqualTo("e");
    assertThat(harness.numKeyedStateEntries()).as("the newest quote only").isEqualTo(1);
  }

  @Test
  void shouldKeepABracketAcrossARestoreAndFillOneExitOnce() throws Exception {
    quote(25000, T0);
    place(bracketEntry("e", T0 + SECOND));
    OperatorSubtaskState snapshot = harness.snapshot(1L, T0 + SECOND);
    harness.close();

    harness = open(snapshot);
    quote(26300, T0 + 2 * SECOND);
    quote(20000, T0 + 3 * SECOND);

    assertThat(trades())
        .extracting(Trade::id, Trade::status, Trade::priceCents)
        .containsExactly(
            tuple("e-take-profit", TradeStatus.PENDING, 26300L),
            tuple("e-stop-loss", TradeStatus.CANCELLED, 24500L));
    assertThat(trades().get(0).reason()).isEqualTo("take profit: limit 262.50 filled at 263.00");
  }

  private List<String> rows() {
    return RulesFixtures.sideOutput(harness, TradingDescriptors.OPEN_ORDERS).stream()
        .map(
            r ->
                r.orderId()
                    + " "
                    + r.status()
                    + " "
                    + r.type()
                    + " "
                    + r.side()
                    + " limit="
                    + r.limitCents()
                    + " stop="
                    + r.stopCents()
                    + " placed="
                    + (r.placedAt() - T0)
                    + " at="
                    + (r.updatedAt() - T0)
                    + " fill="
                    + r.fillPriceCents())
        .toList();
  }

  @Test
  void shouldReportEveryChangeOfARestingOrderForTheOpenOrdersTable() throws Exception {
    place(order("b", "BUY", OrderType.LIMIT, 25000, 0, T0 + SECOND, NEVER));
    place(order("sl", "SELL", OrderType.STOP_LIMIT, 23950, 24000, T0 + SECOND, T0 + 9 * SECOND));
    quote(23900, T0 + 2 * SECOND);
    harness.processBothWatermarks(new Watermark(T0 + 9 * SECOND));

    assertThat(rows())
        .containsExactly(
            "b OPEN LIMIT BUY limit=25000 stop=0 placed=1000 at=1000 fill=0",
            "sl OPEN STOP_LIMIT SELL limit=23950 stop=24000 placed=1000 at=1000 fill=0",
            "b FILLED LIMIT BUY limit=25000 stop=0 placed=1000 at=2000 fill=23900",
            "sl OPEN LIMIT SELL limit=23950 stop=24000 placed=1000 at=2000 fill=0",
            "sl EXPIRED LIMIT SELL limit=23950 stop=24000 placed=1000 at=9000 fill=0");
  }

  @Test
  void shouldCancelARestingOrderOnlyForItsOwner() throws Exception {
    place(order("b", "BUY", OrderType.LIMIT, 25000, 0, T0, NEVER));
    harness.processElement2(
        Order.cancelRequest(new OrderCommand("mallory", "b", "TSLA", T0 + SECOND)), T0 + SECOND);
    harness.processElement2(
        Order.cancelRequest(new OrderCommand(ALICE, "nope", "TSLA", T0 + SECOND)), T0 + SECOND);
    assertThat(trades()).isEmpty();

    harness.processElement2(
        Order.cancelRequest(new OrderCommand(ALICE, "b", "TSLA", T0 + 2 * SECOND)),
        T0 + 2 * SECOND);
    quote(20000, T0 + 3 * SECOND);

    assertThat(trades())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.status()).isEqualTo(TradeStatus.CANCELLED);
              assertThat(t.eventTime()).isEqualTo(T0 + 2 * SECOND);
              assertThat(t.reason()).isEqualTo("limit 250.00 cancelled by its owner");
            });
    assertThat(rows()).last().asString().startsWith("b CANCELLED LIMIT BUY");
    assertThat(harness.numKeyedStateEntries()).as("the newest quote only").isEqualTo(1);
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }
}
