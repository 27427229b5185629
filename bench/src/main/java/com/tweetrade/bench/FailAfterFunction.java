package com.tweetrade.bench;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * Passes records through; on the first attempt of subtask 0 it throws after {@code failAfter}
 * records. Fault injection: the job must restart from its last checkpoint by itself.
 */
public final class FailAfterFunction<T> extends RichMapFunction<T, T> {
  /**
   * Failures thrown in this JVM (the MiniCluster runs in-process): proof that the fault happened.
   */
  private static final java.util.concurrent.atomic.AtomicInteger THROWN =
      new java.util.concurrent.atomic.AtomicInteger();

  private final long failAfter;
  private transient long seen;
  private transient boolean armed;

  public FailAfterFunction(long failAfter) {
    this.failAfter = failAfter;
  }

  @Override
  public void open(OpenContext openContext) {
    var task = getRuntimeContext().getTaskInfo();
    armed = task.getAttemptNumber() == 0 && task.getIndexOfThisSubtask() == 0;
  }

  @Override
  public T map(T value) {
    if (armed && ++seen > failAfter) {
      THROWN.incrementAndGet();
      throw new InjectedFailure("injected failure after " + failAfter + " records");
    }
    return value;
  }

  /** How many injected failures were thrown in this JVM so far. */
  public static int thrown() {
    return THROWN.get();
  }

  /** The exception the bench throws on purpose, so logs tell it from real failures. */
  public static final class InjectedFailure extends RuntimeException {
    InjectedFailure(String message) {
      super(message);
    }
  }
}
