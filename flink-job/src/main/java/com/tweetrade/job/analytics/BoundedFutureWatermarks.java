package com.tweetrade.job.analytics;

import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;

/**
 * Watermarks from decoded events, ignoring the ones that will be dead letters for being undecodable
 * or too far in the future ({@link EventTimeLimit}): only events the job uses may move event time.
 */
public class BoundedFutureWatermarks<T> implements WatermarkGenerator<Decoded<T>> {
  private final WatermarkGenerator<Decoded<T>> delegate;
  private final EventTimeLimit limit;

  public BoundedFutureWatermarks(WatermarkGenerator<Decoded<T>> delegate, EventTimeLimit limit) {
    this.delegate = delegate;
    this.limit = limit;
  }

  @Override
  public void onEvent(Decoded<T> event, long eventTimestamp, WatermarkOutput output) {
    if (event.isOk() && !limit.tooFarAhead(eventTimestamp, System.currentTimeMillis())) {
      delegate.onEvent(event, eventTimestamp, output);
    }
  }

  @Override
  public void onPeriodicEmit(WatermarkOutput output) {
    delegate.onPeriodicEmit(output);
  }
}
