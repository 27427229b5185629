package com.tweetrade.job.trading;

import static com.tweetrade.job.rules.RulesFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.tweetrade.model.EquityPoint;
import com.tweetrade.model.Position;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EquityFunctionTest {
  private static final long MINUTE = 60_000;

  @AutoClose
  private KeyedTwoInputStreamOperatorTestHarness<String, Position, CashBalance, EquityPoint>
      harness;

  @BeforeEach
  void setUp() throws Exception {
    harness =
        TradingHarnesses.open(
            new EquityFunction(), Position::userId, CashBalance::userId, TradingTypes.EQUITY_POINT);
  }

  /** Alice's position in {@code ticker} valued at {@code priceCents} at {@code time}. */
  private void valued(String ticker, long quantity, long avgCents, long priceCents, long time)
      throws Exception {
    harness.processElement1(
        new Position(
            "alice",
            ticker,
            quantity,
            avgCents,
            0,
            priceCents,
            quantity * (double) (priceCents - avgCents),
            time),
        time);
  }

  private void cash(long cents, long time) throws Exception {
    harness.processElement2(new CashBalance("alice", cents, time), time);
  }

  @Test
  void shouldAddTheMarketValueOfThePositionsToTheCash() throws Exception {
    // Buys 10 TSLA at $100 from $100,000: the position may overtake the cash of its fill.
    valued("TSLA", 10, 10000, 10000, T0);
    cash(9_900_000, T0);
    valued("TSLA", 10, 10000, 10500, T0 + 1_000);
    // Buys 5 AAPL at $200 a minute later.
    valued("AAPL", 5, 20000, 20000, T0 + MINUTE + 1_000);
    cash(9_800_000, T0 + MINUTE + 1_000);
    // A valuation of an earlier time still counts, in the newest minute.
    valued("TSLA", 10, 10000, 10400, T0 + 30_000);
    // Sells the 10 TSLA at $104.
    valued("TSLA", 0, 0, 10400, T0 + MINUTE + 2_000);
    cash(9_904_000, T0 + MINUTE + 2_000);

    assertThat(harness.extractOutputValues())
        .extracting(
            EquityPoint::minute,
            EquityPoint::cashCents,
            EquityPoint::marketValueCents,
            EquityPoint::equityCents,
            EquityPoint::unrealisedPnlCents)
        .containsExactly(
            tuple(T0, 9_900_000L, 100_000L, 10_000_000L, 0.0),
            tuple(T0, 9_900_000L, 105_000L, 10_005_000L, 5_000.0),
            // between the position and the cash of one fill; the cash's point overwrites it
            tuple(T0 + MINUTE, 9_900_000L, 205_000L, 10_105_000L, 5_000.0),
            tuple(T0 + MINUTE, 9_800_000L, 205_000L, 10_005_000L, 5_000.0),
            tuple(T0 + MINUTE, 9_800_000L, 204_000L, 10_004_000L, 4_000.0),
            tuple(T0 + MINUTE, 9_800_000L, 100_000L, 9_900_000L, 0.0),
            tuple(T0 + MINUTE, 9_904_000L, 100_000L, 10_004_000L, 0.0));
    assertThat(harness.extractOutputValues())
        .last()
        .extracting(EquityPoint::updatedAt)
        .isEqualTo(T0 + MINUTE + 2_000);
  }
}
