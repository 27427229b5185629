package com.tweetrade.job.trading;

import static com.tweetrade.job.rules.RulesFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.tweetrade.job.rules.RulesScenario;
import com.tweetrade.model.Position;
import com.tweetrade.model.Quote;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MarkToMarketFunctionTest {
  @AutoClose
  private KeyedTwoInputStreamOperatorTestHarness<String, Quote, Position, Position> harness;

  @BeforeEach
  void setUp() throws Exception {
    harness =
        TradingHarnesses.open(
            new MarkToMarketFunction(), Quote::ticker, Position::ticker, TradingTypes.POSITION);
  }

  private void quote(String ticker, long priceCents, long time) throws Exception {
    harness.processElement1(RulesScenario.quote(ticker, priceCents, time), time);
  }

  /** A position as paper trading sends it after a fill at {@code priceCents}. */
  private void filled(String user, long quantity, long avgCents, long priceCents, long time)
      throws Exception {
    harness.processElement2(
        new Position(
            user,
            "TSLA",
            quantity,
            avgCents,
            0,
            priceCents,
            quantity * (priceCents - avgCents),
            time),
        time);
  }

  @Test
  void shouldRevalueOpenPositionsOnTheFirstQuoteOfEachSecond() throws Exception {
    quote("TSLA", 9000, T0 - 5_000); // nobody holds TSLA yet: nothing to value
    filled("alice", 10, 10000, 10000, T0);
    quote("TSLA", 10500, T0 + 500);
    quote("TSLA", 10600, T0 + 900); // same second: no second revaluation
    quote("TSLA", 9900, T0 + 1_000);
    filled("bob", -2, 9000, 9000, T0 + 1_200);
    quote("AAPL", 20000, T0 + 1_500); // another ticker, which nobody holds
    quote("TSLA", 10000, T0 + 2_000);
    filled("alice", 0, 0, 10100, T0 + 2_500);
    quote("TSLA", 11000, T0 + 3_000);
    quote("TSLA", 12000, T0 + 2_999); // an earlier second: no revaluation

    assertThat(harness.extractOutputValues())
        .extracting(
            Position::userId,
            Position::quantity,
            Position::lastPriceCents,
            Position::unrealisedPnlCents,
            Position::updatedAt)
        // one quote revalues its holders in no particular order
        .containsExactlyInAnyOrder(
            tuple("alice", 10L, 10000L, 0.0, T0),
            tuple("alice", 10L, 10500L, 5000.0, T0 + 500),
            tuple("alice", 10L, 9900L, -1000.0, T0 + 1_000),
            tuple("bob", -2L, 9000L, 0.0, T0 + 1_200),
            tuple("alice", 10L, 10000L, 0.0, T0 + 2_000),
            tuple("bob", -2L, 10000L, -2000.0, T0 + 2_000),
            tuple("alice", 0L, 10100L, 0.0, T0 + 2_500),
            tuple("bob", -2L, 11000L, -4000.0, T0 + 3_000));
  }

  @Test
  void shouldForgetAFlatPosition() throws Exception {
    filled("alice", 10, 10000, 10000, T0);
    filled("alice", 0, 0, 10100, T0 + 100);
    quote("TSLA", 10500, T0 + 1_000);

    assertThat(harness.extractOutputValues()).hasSize(2);
    assertThat(harness.numKeyedStateEntries()).isZero();
  }
}
