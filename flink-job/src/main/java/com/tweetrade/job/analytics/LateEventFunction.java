package com.tweetrade.job.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.JsonCodec;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Turns events that a window found late into counted dead letters with reason "late".
 *
 * <p>The payload is the event as JSON, written with model's shared mapper: a late event may be one
 * of the job's own types (a keyword mention), which is no wire record and so has no {@link
 * JsonCodec} of its own.
 */
public class LateEventFunction<T> extends ProcessFunction<T, DeadLetter> {
  private final String source;
  private transient Counter late;

  public LateEventFunction(String source) {
    this.source = source;
  }

  @Override
  public void open(OpenContext openContext) {
    late = getRuntimeContext().getMetricGroup().counter("lateEvents");
  }

  @Override
  public void processElement(T event, Context ctx, Collector<DeadLetter> out) {
    late.inc();
    String reason =
        "late: event time "
            + Instant.ofEpochMilli(ctx.timestamp())
            + " is behind its window's watermark "
            + Instant.ofEpochMilli(ctx.timerService().currentWatermark());
    out.collect(
        DeadLetter.of(
            source, reason, json(event), "window", ctx.timerService().currentProcessingTime()));
  }

  private static String json(Object event) {
    try {
      return JsonCodec.mapper().writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode late " + event.getClass().getSimpleName(), e);
    }
  }
}
