package com.tweetrade.job.trading;

import com.tweetrade.job.rules.RulesFixtures;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
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
    var harness =
        new KeyedTwoInputStreamOperatorTestHarness<>(
            new KeyedCoProcessOperator<>(function), key1, key2, Types.STRING);
    RulesFixtures.noKryo(harness);
    harness.setup(RulesFixtures.serializer(out));
    harness.open();
    return harness;
  }
}
