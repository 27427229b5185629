package com.tweetrade.job.rules;

import org.apache.flink.api.common.accumulators.IntMaximum;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;

/**
 * Passes records through, but in the first attempt of the task, once a checkpoint has completed and
 * {@code failAfter} records went by, throws: a task failure in the middle of the stream. Slows the
 * first attempt down so that checkpoints complete between records; if all records passed before any
 * checkpoint completed, fails on the next completed checkpoint instead.
 */
class FailOnceFunction<T> extends RichMapFunction<T, T> implements CheckpointListener {
  static final String ATTEMPT_ACCUMULATOR = "highest-attempt";

  private final int failAfter;
  private transient int seen;
  private transient boolean checkpointed;
  private transient boolean firstAttempt;

  FailOnceFunction(int failAfter) {
    this.failAfter = failAfter;
  }

  @Override
  public void open(OpenContext openContext) {
    int attempt = getRuntimeContext().getTaskInfo().getAttemptNumber();
    firstAttempt = attempt == 0;
    IntMaximum highest = new IntMaximum();
    highest.add(attempt);
    getRuntimeContext().addAccumulator(ATTEMPT_ACCUMULATOR, highest);
  }

  @Override
  public T map(T value) throws Exception {
    if (firstAttempt) {
      Thread.sleep(150);
      if (++seen > failAfter && checkpointed)
        throw new IllegalStateException("injected failure after " + seen);
    }
    return value;
  }

  @Override
  public void notifyCheckpointComplete(long checkpointId) {
    // The trades come in bursts (event time jumps): all of them may pass before any checkpoint
    // completes.
    if (firstAttempt && seen > failAfter) {
      throw new IllegalStateException(
          "injected failure after " + seen + " records and checkpoint " + checkpointId);
    }
    checkpointed = true;
  }
}
