package com.tweetrade.job.trading;

import static com.tweetrade.job.rules.RulesFixtures.at;
import static com.tweetrade.job.rules.RulesFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.tweetrade.job.rules.RulesFixtures;
import com.tweetrade.model.AccountSettings;
import com.tweetrade.model.Trade;
import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Paper trading's second input, the users' starting capital (issue 18 item 2): it opens an account,
 * a change moves the cash by the difference, and it survives a snapshot; exact cents throughout.
 */
class AccountCapitalTest {
  private static final long THOUSAND_DOLLARS = 100_000L;
  private static final long HUNDRED_THOUSAND_DOLLARS = 10_000_000L;

  @AutoClose
  private KeyedTwoInputStreamOperatorTestHarness<String, Order, AccountSettings, Trade> harness;

  private void open(RiskLimits limits, OperatorSubtaskState restored) throws Exception {
    harness = TradingHarnesses.paperTrading(new PaperTradingFunction(limits), restored);
  }

  private OperatorSubtaskState snapshotAndClose() throws Exception {
    OperatorSubtaskState snapshot = harness.snapshot(1, 1);
    harness.close();
    harness = null;
    return snapshot;
  }

  private void setCapital(String user, long cents, long time) throws Exception {
    // As the accounts source stamps them: Long.MAX_VALUE, never holding back event time.
    harness.processElement2(new AccountSettings(user, cents, time), Long.MAX_VALUE);
  }

  /** ON TICK orders, decided on arrival. */
  private void fill(Trade... orders) throws Exception {
    for (Trade t : orders) harness.processElement1(RulesFixtures.tickOrder(t), t.eventTime());
  }

  private List<CashBalance> cash() {
    return RulesFixtures.sideOutput(harness, TradingDescriptors.CASH_BALANCES);
  }

  private List<String> reasons() {
    return harness.extractOutputValues().stream().map(t -> t.status() + " " + t.reason()).toList();
  }

  @Test
  void shouldOpenTheAccountWithTheCapitalSetBeforeTheFirstFillAndRefuseABuyBeyondIt()
      throws Exception {
    open(RiskLimits.DEFAULT, null);
    setCapital("alice", THOUSAND_DOLLARS, at(0));
    fill(
        order("r1", "alice", "BUY", 5, "TSLA", 15000, at(1)),
        order("r1", "alice", "BUY", 2, "TSLA", 15000, at(2)),
        order("r2", "bob", "BUY", 2, "TSLA", 15000, at(3)));

    assertThat(reasons())
        .containsExactly(
            "FILLED ",
            "REJECTED not enough cash: 2 TSLA at $150.00 cost $300.00, cash is $250.00",
            "FILLED ");
    // Alice's account opens at $1,000 (the dashboard sees it at once); bob's is on the job's.
    assertThat(cash())
        .extracting(CashBalance::userId, CashBalance::cashCents, CashBalance::time)
        .containsExactly(
            tuple("alice", 100_000L, at(0)),
            tuple("alice", 25_000L, at(1)),
            tuple("bob", HUNDRED_THOUSAND_DOLLARS - 30_000L, at(3)));
  }

  @Test
  void shouldMoveTheCashByTheDifferenceWhenTheCapitalChangesAfterFills() throws Exception {
    open(RiskLimits.DEFAULT, null);
    fill(order("r1", "alice", "BUY", 10, "TSLA", 10000, at(1)));
    setCapital("alice", 5_000_000L, at(2)); // $100,000 -> $50,000: $50,000 out
    setCapital("alice", 15_000_000L, at(3)); // -> $150,000: $100,000 in
    setCapital("alice", 15_000_000L, at(4)); // the same again: nothing
    fill(order("r2", "alice", "SELL", 10, "TSLA", 11000, at(5)));

    assertThat(cash())
        .extracting(CashBalance::cashCents, CashBalance::time)
        .containsExactly(
            tuple(9_900_000L, at(1)),
            tuple(4_900_000L, at(2)),
            tuple(14_900_000L, at(3)),
            tuple(15_010_000L, at(5)));
    // The holdings are not touched: one position per fill.
    assertThat(harness.getSideOutput(TradingDescriptors.POSITIONS))
        .extracting(r -> r.getValue().quantity())
        .containsExactly(10L, 0L);
  }

  @Test
  void shouldTakeTheCashBelowZeroWhenTheCapitalDropsBelowWhatIsInvested() throws Exception {
    open(RiskLimits.DEFAULT.withStartingCapitalCents(THOUSAND_DOLLARS), null);
    fill(order("r1", "alice", "BUY", 5, "TSLA", 15000, at(1))); // $250 left
    setCapital("alice", 50_000L, at(2)); // $1,000 -> $500: -$250
    fill(
        order("r1", "alice", "BUY", 1, "TSLA", 15000, at(3)),
        order("r2", "alice", "SELL", 5, "TSLA", 15000, at(4)));

    assertThat(reasons())
        .containsExactly(
            "FILLED ",
            "REJECTED not enough cash: 1 TSLA at $150.00 cost $150.00, cash is $-250.00",
            "FILLED ");
    assertThat(cash())
        .extracting(CashBalance::cashCents)
        .containsExactly(25_000L, -25_000L, 50_000L);
  }

  @Test
  void shouldIgnoreACapitalOutOfRange() throws Exception {
    open(RiskLimits.DEFAULT.withStartingCapitalCents(THOUSAND_DOLLARS), null);
    setCapital("alice", 0, at(0));
    setCapital("alice", -100, at(0));
    setCapital("alice", AccountSettings.MAX_STARTING_CAPITAL_CENTS + 1, at(0));
    fill(order("r1", "alice", "BUY", 6, "TSLA", 15000, at(1)));

    assertThat(reasons()).containsExactly("FILLED ");
    assertThat(cash()).extracting(CashBalance::cashCents).containsExactly(10_000L);
    // Holdings, cash, the job's capital it opened on, recent fills: nothing of the settings.
    assertThat(harness.numKeyedStateEntries()).isEqualTo(4);
  }

  @Test
  void shouldKeepTheCapitalAcrossASnapshotAndRestore() throws Exception {
    open(RiskLimits.DEFAULT, null);
    setCapital("alice", THOUSAND_DOLLARS, at(0));
    fill(order("r1", "alice", "BUY", 5, "TSLA", 15000, at(1))); // $250 left
    OperatorSubtaskState snapshot = snapshotAndClose();

    open(RiskLimits.DEFAULT, snapshot);
    setCapital("alice", 200_000L, at(2)); // $1,000 -> $2,000, from the restored capital
    fill(
        order("r1", "alice", "BUY", 9, "TSLA", 15000, at(3)),
        order("r1", "alice", "BUY", 8, "TSLA", 15000, at(4)));

    assertThat(reasons())
        .containsExactly(
            "REJECTED not enough cash: 9 TSLA at $150.00 cost $1,350.00, cash is $1,250.00",
            "FILLED ");
    assertThat(cash()).extracting(CashBalance::cashCents).containsExactly(125_000L, 5_000L);
  }

  @Test
  void shouldMoveAnAccountOpenedOnTheJobsCapitalFromThatCapitalAfterTheFlagChanged()
      throws Exception {
    open(RiskLimits.DEFAULT.withStartingCapitalCents(THOUSAND_DOLLARS), null);
    fill(order("r1", "alice", "BUY", 1, "TSLA", 10000, at(1))); // opened on $1,000: $900 left
    OperatorSubtaskState snapshot = snapshotAndClose();

    open(RiskLimits.DEFAULT, snapshot); // the job restarted with --starting-capital 100000
    setCapital("alice", 200_000L, at(2)); // $1,000 -> $2,000

    assertThat(cash()).extracting(CashBalance::cashCents).containsExactly(190_000L);
  }

  @Test
  void shouldRestoreTheStateAndTimersOfTheOneInputOperator() throws Exception {
    // Paper trading before account settings was a one-input operator under the same uid: its
    // keyed state and event-time timers (here an ON CLOSE order waiting) restore into this one.
    Order waiting = RulesFixtures.closeOrder(order("r1", "alice", "BUY", 2, "TSLA", 15000, at(1)));
    OperatorSubtaskState before = TradingHarnesses.oneInputSnapshot(new WaitsForClose(), waiting);

    open(RiskLimits.DEFAULT.withStartingCapitalCents(THOUSAND_DOLLARS), before);
    harness.processBothWatermarks(new Watermark(at(1)));

    assertThat(reasons()).containsExactly("FILLED ");
    assertThat(cash()).extracting(CashBalance::cashCents).containsExactly(70_000L);
    assertThat(harness.numEventTimeTimers()).isZero();
  }

  /** Keeps an ON CLOSE order for its time and sets the timer, as paper trading always did. */
  private static final class WaitsForClose extends KeyedProcessFunction<String, Order, Trade> {
    @Override
    public void processElement(Order in, Context ctx, Collector<Trade> out) throws Exception {
      long time = in.trade().eventTime();
      getRuntimeContext().getMapState(TradingDescriptors.PENDING_ORDERS).put(time, List.of(in));
      ctx.timerService().registerEventTimeTimer(time);
    }
  }
}
