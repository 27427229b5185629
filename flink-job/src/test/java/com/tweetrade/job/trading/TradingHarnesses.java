package com.tweetrade.job.trading;

import com.tweetrade.job.rules.RulesFixtures;
import com.tweetrade.model.AccountSettings;
import com.tweetrade.model.Trade;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;

/** Opened harnesses for the trading part's two-input functions, keyed by a string, no Kryo. */
final class TradingHarnesses {
  private TradingHarnesses() {}

  static <A, B, O> KeyedTwoInputStreamOperatorTestHarness<String, A, B, O> open(
      KeyedCoProcessFunction<String, A, B, O> function,
      KeySelector<A, String> key1,
      KeySelector<B, String> key2,
      TypeInformation<O> out)
      throws Exception {
    return open(function, key1, key2, out, null);
  }

  /** As above, restored from {@code restored} (null: empty state). */
  static <A, B, O> KeyedTwoInputStreamOperatorTestHarness<String, A, B, O> open(
      KeyedCoProcessFunction<String, A, B, O> function,
      KeySelector<A, String> key1,
      KeySelector<B, String> key2,
      TypeInformation<O> out,
      OperatorSubtaskState restored)
      throws Exception {
    var harness =
        new KeyedTwoInputStreamOperatorTestHarness<>(
            new KeyedCoProcessOperator<>(function), key1, key2, Types.STRING);
    RulesFixtures.noKryo(harness);
    harness.setup(RulesFixtures.serializer(out));
    if (restored != null) harness.initializeState(restored);
    harness.open();
    return harness;
  }

  /** Paper trading keyed by user: orders on input 1, account settings on input 2. */
  static KeyedTwoInputStreamOperatorTestHarness<String, Order, AccountSettings, Trade> paperTrading(
      PaperTradingFunction function, OperatorSubtaskState restored) throws Exception {
    return open(
        function,
        (Order o) -> o.trade().userId(),
        AccountSettings::userId,
        TradingTypes.TRADE,
        restored);
  }

  /**
   * The snapshot of a one-input operator (paper trading's shape before account settings) running
   * {@code function} on {@code orders}, each at its trade's event time.
   */
  static OperatorSubtaskState oneInputSnapshot(
      KeyedProcessFunction<String, Order, Trade> function, Order... orders) throws Exception {
    try (var harness =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(function), (Order o) -> o.trade().userId(), Types.STRING)) {
      RulesFixtures.noKryo(harness);
      harness.setup(RulesFixtures.serializer(TradingTypes.TRADE));
      harness.open();
      for (Order o : orders) harness.processElement(o, o.trade().eventTime());
      return harness.snapshot(1, 1);
    }
  }
}
