package com.tweetrade.job.rules;

import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.watermarkstatus.WatermarkStatus;
import org.apache.flink.util.function.ThrowingConsumer;

/**
 * Keeps the rules input of a join ({@link AwaitRulesOperator}, {@link AwaitRulesKeyedOperator})
 * from carrying event time.
 *
 * <p>The rules' watermark stays at the minimum until the rules of job start are in, holding the
 * data back ({@link RulesCatchUpOperator}), then jumps to {@code Long.MAX_VALUE}. A two-input
 * operator's event time is the minimum over its inputs that are not idle, so whenever the data went
 * idle (a quiet keyword, a closed market) the rules' MAX became the operator's event time, and
 * event time never goes back: every later event was late for its window and every event-time timer
 * waited for good. Once the rules' watermark reaches MAX, their input counts as idle instead and
 * event time is the data's alone.
 */
final class RulesEventTime {
  private RulesEventTime() {}

  /**
   * Hands a watermark of the rules input on: MAX becomes "idle" ({@code idle}), any other goes to
   * {@code process}. (An upstream status change may wake the input again; the rules' next MAX,
   * within a watermark interval, puts it back to idle.)
   */
  static void watermark(
      Watermark mark,
      ThrowingConsumer<Watermark, Exception> process,
      ThrowingConsumer<WatermarkStatus, Exception> idle)
      throws Exception {
    if (mark.getTimestamp() == Long.MAX_VALUE) idle.accept(WatermarkStatus.IDLE);
    else process.accept(mark);
  }
}
