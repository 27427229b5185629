package com.tweetrade.job.analytics;

import com.tweetrade.model.WindowSet;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;

/** Opened harnesses of the stored windows ({@link StoredWindowsFunction}), generic types off. */
final class StoredWindowsHarness {
  /** 10 s panes of the stored live windows: the job's default. */
  static final PaneWindows PANES = new PaneWindows(Duration.ofSeconds(10), WindowSet.LIVE_STORED);

  private StoredWindowsHarness() {}

  static <P, A> KeyedOneInputStreamOperatorTestHarness<String, P, A> open(
      KeyedProcessFunction<String, P, A> function, KeySelector<P, String> key) throws Exception {
    var harness =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(function), key, Types.STRING);
    harness.getExecutionConfig().disableGenericTypes();
    harness.open();
    return harness;
  }
}
