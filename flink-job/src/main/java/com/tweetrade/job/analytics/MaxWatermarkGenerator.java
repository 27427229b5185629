package com.tweetrade.job.analytics;

import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;

/**
 * Always emits the largest watermark: for inputs, like rules, that must never hold back event time.
 */
public class MaxWatermarkGenerator<T> implements WatermarkGenerator<T> {
  @Override
  public void onEvent(T event, long eventTimestamp, WatermarkOutput output) {}

  @Override
  public void onPeriodicEmit(WatermarkOutput output) {
    output.emitWatermark(new Watermark(Long.MAX_VALUE));
  }
}
