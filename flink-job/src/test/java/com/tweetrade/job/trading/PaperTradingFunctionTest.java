package com.tweetrade.job.trading;

import static com.tweetrade.job.rules.RulesFixtures.ONE_MINUTE;
import static com.tweetrade.job.rules.RulesFixtures.T0;
import static com.tweetrade.job.rules.RulesFixtures.at;
import static com.tweetrade.job.rules.RulesFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.tweetrade.job.rules.Holding;
import com.tweetrade.job.rules.RulesFixtures;
import com.tweetrade.model.AccountSettings;
import com.tweetrade.model.Position;
import com.tweetrade.model.Trade;
import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class PaperTradingFunctionTest {
  @AutoClose
  private KeyedTwoInputStreamOperatorTestHarness<String, Order, AccountSettings, Trade> harness;

  private void open(RiskLimits limits) throws Exception {
    open(new PaperTradingFunction(limits), null);
  }

  /** Opens {@code function} from {@code restored}, a snapshot (null: empty state). */
  private void open(PaperTradingFunction function, OperatorSubtaskState restored) throws Exception {
    harness = TradingHarnesses.paperTrading(function, restored);
  }

  private OperatorSubtaskState snapshotAndClose() throws Exception {
    OperatorSubtaskState snapshot = harness.snapshot(1, 1);
    harness.close();
    harness = null;
    return snapshot;
  }

  private List<Long> cashBalances() {
    return RulesFixtures.sideOutput(harness, TradingDescriptors.CASH_BALANCES).stream()
        .map(CashBalance::cashCents)
        .toList();
  }

  /** Sends ON CLOSE {@code orders} and lets the watermark pass the last. */
  private void decideAll(Trade... orders) throws Exception {
    send(orders);
    watermark(orders[orders.length - 1].eventTime());
  }

  private List<String> statuses() {
    return harness.extractOutputValues().stream().map(Trade::status).toList();
  }

  private List<String> reasons() {
    return harness.extractOutputValues().stream().map(Trade::reason).toList();
  }

  /** Event time reaches {@code time} on both inputs (the settings never hold it back). */
  private void watermark(long time) throws Exception {
    harness.processBothWatermarks(new Watermark(time));
  }

  private void send(Trade... orders) throws Exception {
    for (Trade t : orders) harness.processElement1(RulesFixtures.closeOrder(t), t.eventTime());
  }

  private List<Position> positions() {
    return RulesFixtures.sideOutput(harness, TradingDescriptors.POSITIONS);
  }

  @Test
  void shouldFillAndKeepAverageCostAndRealisedPnl() throws Exception {
    open(RiskLimits.DEFAULT);
    send(
        order("r1", "alice", "BUY", 10, "TSLA", 10000, at(1)),
        order("r1", "alice", "BUY", 10, "TSLA", 11000, at(2)),
        order("r2", "alice", "SELL", 15, "TSLA", 12000, at(3)));
    watermark(at(3));
    assertThat(harness.extractOutputValues())
        .extracting(Trade::status)
        .containsOnly(TradeStatus.FILLED);
    assertThat(positions())
        .extracting(
            Position::quantity,
            Position::avgCostCents,
            Position::realisedPnlCents,
            Position::lastPriceCents,
            Position::unrealisedPnlCents,
            Position::updatedAt)
        .containsExactly(
            tuple(10L, 10000.0, 0.0, 10000L, 0.0, at(1)),
            tuple(20L, 10500.0, 0.0, 11000L, 10000.0, at(2)),
            tuple(5L, 10500.0, 15 * 1500.0, 12000L, 5 * 1500.0, at(3)));
  }

  /**
   * A backtest's Market Price hands over days of orders at once: the BUY of a later tick arrives
   * before the SELL of an earlier close. Live, the tick's order goes first (it is handled on
   * arrival, the close's waits for the watermark) and the SELL fills with shares bought after it;
   * in a replay both wait and are taken in event-time order, so the SELL finds nothing held.
   */
  @Test
  void shouldTakeAReplaysTickAndCloseOrdersInEventTimeOrder() throws Exception {
    Trade laterBuy = order("r1", "alice", "BUY", 2, "AAPL", 10000, at(2));
    Trade earlierSell = order("r3", "alice", "SELL", 1, "AAPL", 10000, at(1));

    open(new PaperTradingFunction(RiskLimits.DEFAULT, true), null);
    harness.processElement1(RulesFixtures.tickOrder(laterBuy), laterBuy.eventTime());
    harness.processElement1(RulesFixtures.closeOrder(earlierSell), earlierSell.eventTime());
    assertThat(harness.extractOutputValues()).as("nothing before the watermark").isEmpty();
    watermark(at(2));
    assertThat(harness.extractOutputValues())
        .extracting(Trade::side, Trade::status)
        .containsExactly(tuple("SELL", TradeStatus.REJECTED), tuple("BUY", TradeStatus.FILLED));
    assertThat(reasons().get(0)).isEqualTo("short selling is off: selling 1 AAPL, 0 held");

    harness.close();
    open(new PaperTradingFunction(RiskLimits.DEFAULT), null);
    harness.processElement1(RulesFixtures.tickOrder(laterBuy), laterBuy.eventTime());
    harness.processElement1(RulesFixtures.closeOrder(earlierSell), earlierSell.eventTime());
    watermark(at(2));
    assertThat(harness.extractOutputValues())
        .as("live: on arrival")
        .extracting(Trade::side, Trade::status)
        .containsExactly(tuple("BUY", TradeStatus.FILLED), tuple("SELL", TradeStatus.FILLED));
  }

  @Test
  void shouldGoShortAndFlipSidesWithShortSellingOn() throws Exception {
    open(RiskLimits.DEFAULT.withShortSelling(true));
    send(
        order("r1", "bob", "SELL", 10, "AAPL", 20000, at(1)),
        order("r1", "bob", "BUY", 15, "AAPL", 19000, at(2)));
    watermark(at(2));
    assertThat(positions())
        .extracting(Position::quantity, Position::avgCostCents, Position::realisedPnlCents)
        .containsExactly(tuple(-10L, 20000.0, 0.0), tuple(5L, 19000.0, 10 * 1000.0));
  }

  @Test
  void shouldRejectAnOrderThatBreaksThePositionLimit() throws Exception {
    open(new RiskLimits(100, 10));
    send(
        order("r1", "alice", "BUY", 60, "TSLA", 10000, at(1)),
        order("r1", "alice", "BUY", 60, "TSLA", 10000, at(2)),
        order("r2", "alice", "BUY", 60, "AAPL", 10000, at(2)));
    watermark(at(2));
    assertThat(harness.extractOutputValues())
        .extracting(Trade::ticker, Trade::eventTime, Trade::status)
        .containsExactlyInAnyOrder(
            tuple("TSLA", at(1), TradeStatus.FILLED),
            tuple("TSLA", at(2), TradeStatus.REJECTED),
            tuple("AAPL", at(2), TradeStatus.FILLED));
    assertThat(harness.extractOutputValues())
        .filteredOn(t -> t.status().equals(TradeStatus.REJECTED))
        .singleElement()
        .satisfies(
            t ->
                assertThat(t.reason())
                    .isEqualTo("position limit: TSLA would be 120" + " shares, limit 100"));
    assertThat(positions())
        .extracting(Position::ticker, Position::quantity)
        .containsExactly(tuple("TSLA", 60L), tuple("AAPL", 60L));
  }

  @Test
  void shouldRejectOrdersBeyondTheRatePerMinuteOfEventTime() throws Exception {
    open(new RiskLimits(10_000, 2));
    send(
        order("r1", "alice", "BUY", 1, "TSLA", 10000, T0),
        order("r2", "alice", "BUY", 1, "TSLA", 10000, T0 + 20_000),
        order("r3", "alice", "BUY", 1, "TSLA", 10000, T0 + 40_000),
        order("r4", "alice", "BUY", 1, "TSLA", 10000, T0 + ONE_MINUTE),
        order("r5", "bob", "BUY", 1, "TSLA", 10000, T0 + 40_000));
    watermark(T0 + ONE_MINUTE);
    assertThat(harness.extractOutputValues())
        .extracting(Trade::ruleId, Trade::status)
        .containsExactlyInAnyOrder(
            tuple("r1", TradeStatus.FILLED),
            tuple("r2", TradeStatus.FILLED),
            tuple("r3", TradeStatus.REJECTED),
            tuple("r4", TradeStatus.FILLED),
            tuple("r5", TradeStatus.FILLED));
    assertThat(harness.extractOutputValues())
        .filteredOn(t -> t.ruleId().equals("r3"))
        .singleElement()
        .satisfies(t -> assertThat(t.reason()).startsWith("order limit reached: 2 orders"));
  }

  @Test
  void shouldRejectMarketOrdersWithoutAPrice() throws Exception {
    open(RiskLimits.DEFAULT);
    send(order("r1", "alice", "BUY", 1, "TSLA", 0, at(1)));
    watermark(at(1));
    assertThat(harness.extractOutputValues())
        .singleElement()
        .satisfies(t -> assertThat(t.reason()).startsWith("no market price for TSLA"));
    assertThat(positions()).isEmpty();
  }

  @Test
  void shouldDecideOrdersOfOneTimeInTheSameOrderWhateverTheArrival() throws Exception {
    List<Trade> orders =
        List.of(
            order("a", "alice", "BUY", 60, "TSLA", 10000, at(1)),
            order("b", "alice", "BUY", 60, "TSLA", 10000, at(1)),
            order("c", "alice", "BUY", 60, "TSLA", 10000, at(1)));
    List<Trade> forward = decide(orders);
    List<Trade> backward = decide(RulesFixtures.reversed(orders));
    assertThat(forward).isEqualTo(backward);
    assertThat(forward)
        .extracting(Trade::status)
        .containsExactly(TradeStatus.FILLED, TradeStatus.REJECTED, TradeStatus.REJECTED);
  }

  private List<Trade> decide(List<Trade> orders) throws Exception {
    open(new RiskLimits(100, 10));
    for (Trade t : orders) send(t);
    watermark(at(1));
    List<Trade> out = harness.extractOutputValues();
    harness.close();
    harness = null;
    return out;
  }

  @Test
  void shouldDrainPendingOrdersAndTimers() throws Exception {
    open(new RiskLimits(10_000, 2));
    send(
        order("r1", "alice", "BUY", 1, "TSLA", 10000, at(1)),
        order("r1", "alice", "BUY", 1, "TSLA", 10000, at(2)));
    assertThat(harness.numEventTimeTimers()).isEqualTo(2);
    watermark(at(2));
    assertThat(harness.numEventTimeTimers()).isZero();
    // Left: holdings, cash, the capital it opened on and recent fills of alice; no pending orders.
    assertThat(harness.numKeyedStateEntries()).isEqualTo(4);
  }

  @Test
  void shouldDecideOnTickOrdersOnArrivalWithoutAWatermark() throws Exception {
    open(RiskLimits.DEFAULT);
    Trade tick = order("r1", "alice", "BUY", 10, "TSLA", 20000, at(1));
    harness.processElement1(RulesFixtures.tickOrder(tick), tick.eventTime());

    assertThat(harness.extractOutputValues())
        .singleElement()
        .extracting(Trade::status)
        .isEqualTo(TradeStatus.FILLED);
    assertThat(positions()).hasSize(1);
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  @Test
  void shouldPassOnAnOrderTheMarketStepRejected() throws Exception {
    open(RiskLimits.DEFAULT);
    Trade rejected =
        order("r1", "alice", "BUY", 10, "TSLA", 0, at(1))
            .withStatus(TradeStatus.REJECTED, "no market price for TSLA: no quote yet");
    harness.processElement1(RulesFixtures.tickOrder(rejected), rejected.eventTime());

    assertThat(harness.extractOutputValues()).containsExactly(rejected);
    assertThat(positions()).isEmpty();
  }

  @Test
  void shouldMoveCashOnEveryFill() throws Exception {
    open(RiskLimits.DEFAULT);
    decideAll(
        order("r1", "alice", "BUY", 10, "TSLA", 10000, at(1)),
        order("r1", "alice", "BUY", 10, "TSLA", 11000, at(2)),
        order("r2", "alice", "SELL", 15, "TSLA", 12000, at(3)),
        order("r3", "bob", "BUY", 1, "TSLA", 12000, at(4)));
    // $100,000 - $1,000 - $1,100 + $1,800 for alice; bob's account is his own.
    assertThat(cashBalances()).containsExactly(9_900_000L, 9_790_000L, 9_970_000L, 9_988_000L);
  }

  @Test
  void shouldRejectABuyThatCostsMoreThanTheCash() throws Exception {
    open(RiskLimits.DEFAULT.withStartingCapitalCents(100_000));
    decideAll(
        order("r1", "alice", "BUY", 5, "TSLA", 15000, at(1)),
        order("r1", "alice", "BUY", 2, "TSLA", 15000, at(2)),
        order("r1", "alice", "BUY", 1, "TSLA", 15000, at(3)));
    assertThat(statuses())
        .containsExactly(TradeStatus.FILLED, TradeStatus.REJECTED, TradeStatus.FILLED);
    assertThat(reasons())
        .containsExactly(
            "", "not enough cash: 2 TSLA at $150.00 cost $300.00, cash is $250.00", "");
    assertThat(cashBalances()).containsExactly(25_000L, 10_000L);
    assertThat(positions()).extracting(Position::quantity).containsExactly(5L, 6L);
  }

  @Test
  void shouldRejectASellOfMoreThanIsHeldWithShortSellingOff() throws Exception {
    open(RiskLimits.DEFAULT);
    decideAll(
        order("r1", "bob", "BUY", 10, "AAPL", 20000, at(1)),
        order("r2", "bob", "SELL", 15, "AAPL", 21000, at(2)),
        order("r2", "bob", "SELL", 10, "AAPL", 21000, at(3)),
        order("r2", "bob", "SELL", 1, "AAPL", 21000, at(4)));
    assertThat(statuses())
        .containsExactly(
            TradeStatus.FILLED, TradeStatus.REJECTED, TradeStatus.FILLED, TradeStatus.REJECTED);
    assertThat(reasons())
        .containsExactly(
            "",
            "short selling is off: selling 15 AAPL, 10 held",
            "",
            "short selling is off: selling 1 AAPL, 0 held");
    assertThat(positions()).extracting(Position::quantity).containsExactly(10L, 0L);
    assertThat(cashBalances()).containsExactly(9_800_000L, 10_010_000L);
  }

  @Test
  void shouldKeepTheCashAcrossASnapshotAndRestore() throws Exception {
    open(RiskLimits.DEFAULT.withStartingCapitalCents(100_000));
    decideAll(order("r1", "alice", "BUY", 5, "TSLA", 15000, at(1)));
    OperatorSubtaskState snapshot = snapshotAndClose();

    open(new PaperTradingFunction(RiskLimits.DEFAULT.withStartingCapitalCents(100_000)), snapshot);
    decideAll(
        order("r1", "alice", "BUY", 2, "TSLA", 15000, at(2)),
        order("r1", "alice", "BUY", 1, "TSLA", 15000, at(3)));
    assertThat(reasons())
        .containsExactly("not enough cash: 2 TSLA at $150.00 cost $300.00, cash is $250.00", "");
    assertThat(cashBalances()).containsExactly(10_000L);
  }

  @Test
  void shouldOpenTheCashOfASavepointWithoutItFromTheHoldings() throws Exception {
    // A savepoint of paper trading before the cash account: holdings, no cash. Alice holds what
    // shouldMoveCashOnEveryFill leaves her: 5 TSLA at an average $105, $225 realised.
    OperatorSubtaskState before =
        TradingHarnesses.oneInputSnapshot(
            new HoldingsOnly(new Holding(5, 10500, 22500, 12000)),
            RulesFixtures.closeOrder(order("r1", "alice", "BUY", 1, "TSLA", 12000, at(1))));

    open(new PaperTradingFunction(RiskLimits.DEFAULT), before);
    decideAll(order("r1", "alice", "BUY", 1, "TSLA", 12000, at(2)));
    // $100,000 + $225 realised - 5 × $105 open cost = $99,700, as if the account had been there.
    assertThat(cashBalances()).containsExactly(9_970_000L - 12_000L);
    assertThat(positions()).extracting(Position::quantity).containsExactly(6L);
  }

  /** Writes only {@code holding} under the order's ticker, as paper trading before the cash. */
  private static final class HoldingsOnly extends KeyedProcessFunction<String, Order, Trade> {
    private final Holding holding;

    HoldingsOnly(Holding holding) {
      this.holding = holding;
    }

    @Override
    public void processElement(Order in, Context ctx, Collector<Trade> out) throws Exception {
      getRuntimeContext()
          .getMapState(TradingDescriptors.HOLDINGS)
          .put(in.trade().ticker(), holding);
    }
  }
}
