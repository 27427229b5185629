package com.tweetrade.job.rules;

import com.tweetrade.model.rules.RuleEvent;
import java.util.List;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;

/**
 * Joins data with broadcast rules through a {@link BroadcastProcessFunction}, waiting for the rules
 * or not.
 */
public final class RulesJoin {
  private RulesJoin() {}

  /**
   * {@code data} joined with {@code rules} (held in broadcast state {@code state}) by {@code
   * function}, through an {@link AwaitRulesOperator}: with {@link RulesStart#AFTER_CATCH_UP} it
   * holds the data until the rules caught up; either way the rules never carry event time ({@link
   * RulesEventTime}). Set the uid on the result.
   */
  public static <IN, OUT> SingleOutputStreamOperator<OUT> of(
      DataStream<IN> data,
      DataStream<RuleEvent> rules,
      BroadcastProcessFunction<IN, RuleEvent, OUT> function,
      MapStateDescriptor<?, ?> state,
      TypeInformation<OUT> outType,
      RulesStart start,
      String name) {
    return data.connect(rules.broadcast())
        .transform(
            name,
            outType,
            new AwaitRulesOperator<>(function, List.of(state), data.getType(), start));
  }

  /**
   * As {@link #of} for keyed data and a {@link KeyedBroadcastProcessFunction}, through an {@link
   * AwaitRulesKeyedOperator}. Set the uid on the result.
   */
  public static <K, IN, OUT> SingleOutputStreamOperator<OUT> keyed(
      KeyedStream<IN, K> data,
      DataStream<RuleEvent> rules,
      KeyedBroadcastProcessFunction<K, IN, RuleEvent, OUT> function,
      MapStateDescriptor<?, ?> state,
      TypeInformation<OUT> outType,
      RulesStart start,
      String name) {
    return data.connect(rules.broadcast())
        .transform(
            name,
            outType,
            new AwaitRulesKeyedOperator<>(function, List.of(state), data.getType(), start));
  }
}
