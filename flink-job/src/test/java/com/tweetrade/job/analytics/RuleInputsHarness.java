package com.tweetrade.job.analytics;

import com.tweetrade.job.rules.InputUpdate;
import com.tweetrade.job.rules.RulesDescriptors;
import com.tweetrade.job.rules.RulesTypes;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.RuleEvent;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.heap.HeapKeyedStateBackend;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;
import org.apache.flink.streaming.runtime.watermarkstatus.WatermarkStatus;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;

/** Harnesses of the rule inputs ({@link LiveWindowsFunction}) as the job runs them. */
public final class RuleInputsHarness {
  /** 10 s panes of the live windows: the job's default. */
  static final PaneWindows LIVE_PANES = new PaneWindows(Duration.ofSeconds(10), WindowSet.LIVE);

  private RuleInputsHarness() {}

  /** The updates of closed windows that {@code h} sent, in order. */
  static List<InputUpdate> closes(KeyedBroadcastOperatorTestHarness<String, ?, ?, InputUpdate> h) {
    return h.extractOutputValues().stream().filter(InputUpdate::closed).toList();
  }

  /** The newest update of a closed window that {@code h} sent. */
  static InputUpdate lastClose(KeyedBroadcastOperatorTestHarness<String, ?, ?, InputUpdate> h) {
    List<InputUpdate> closes = closes(h);
    return closes.get(closes.size() - 1);
  }

  /**
   * Opened, generic types disabled, the rules input idle as {@link WithoutEventTimeOperator} makes
   * it.
   */
  public static <E> KeyedBroadcastOperatorTestHarness<String, E, RuleEvent, InputUpdate> open(
      LiveWindowsFunction<E, ?> function, KeySelector<E, String> key) throws Exception {
    return restore(function, key, null, 0);
  }

  /**
   * Like {@link #open}, restored from {@code snapshot} (none if null) of checkpoint {@code
   * checkpointId}.
   */
  static <E> KeyedBroadcastOperatorTestHarness<String, E, RuleEvent, InputUpdate> restore(
      LiveWindowsFunction<E, ?> function,
      KeySelector<E, String> key,
      OperatorSubtaskState snapshot,
      long checkpointId)
      throws Exception {
    var h =
        new KeyedBroadcastOperatorTestHarness<>(
            new CoBroadcastWithKeyedOperator<>(function, List.of(RulesDescriptors.RULES)),
            key,
            Types.STRING,
            1,
            1,
            0);
    h.getExecutionConfig().disableGenericTypes();
    h.setup(RulesTypes.INPUT_UPDATE.createSerializer(h.getExecutionConfig().getSerializerConfig()));
    if (snapshot != null) {
      h.setRestoredCheckpointId(checkpointId);
      h.initializeState(snapshot);
    }
    h.open();
    h.getTwoInputOperator().processWatermarkStatus2(WatermarkStatus.IDLE);
    return h;
  }

  /** Keyed state entries (one per state and key). */
  static int stateEntries(KeyedBroadcastOperatorTestHarness<String, ?, ?, ?> h) {
    var backend = ((AbstractStreamOperator<?>) h.getOperator()).getKeyedStateBackend();
    return ((HeapKeyedStateBackend<?>) backend).numKeyValueStateEntries();
  }
}
