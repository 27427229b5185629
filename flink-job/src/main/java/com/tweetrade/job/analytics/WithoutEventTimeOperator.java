package com.tweetrade.job.analytics;

import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.runtime.watermarkstatus.WatermarkStatus;

/**
 * Passes records on unchanged and says its output is idle, for good: a stream that must never move
 * nor hold back the event time of the operator it is joined with.
 *
 * <p>For the rules broadcast to the rule inputs ({@link LiveWindowsFunction}). A two-input
 * operator's event time is the minimum of its inputs that are not idle: the rules' (none until the
 * rules of job start are in, then {@code Long.MAX_VALUE}) would hold the windows back at start-up,
 * and, whenever the quotes go idle, make the rules the only active input and push event time to the
 * end, closing every pane at once and skipping every later event as late. An input that is always
 * idle leaves the rule inputs the event time of their events alone, as when they had only that
 * input.
 */
public class WithoutEventTimeOperator<T> extends AbstractStreamOperator<T>
    implements OneInputStreamOperator<T, T> {
  private static final long serialVersionUID = 1L;

  @Override
  public void open() throws Exception {
    super.open();
    output.emitWatermarkStatus(WatermarkStatus.IDLE);
  }

  @Override
  public void processElement(StreamRecord<T> element) {
    output.collect(element);
  }

  @Override
  public void processWatermark(Watermark mark) {
    // No event time leaves this operator.
  }

  @Override
  public void processWatermarkStatus(WatermarkStatus watermarkStatus) {
    // Idle from open on: an upstream "active" must not wake the output.
  }
}
