package com.tweetrade.job.functions;

import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.JsonCodec;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/** Turns events that a window found late into counted dead letters with reason "late". */
public class LateEventFunction<T> extends ProcessFunction<T, DeadLetter> {
  private final String source;
  private final JsonCodec<T> codec;
  private transient Counter late;

  public LateEventFunction(String source, JsonCodec<T> codec) {
    this.source = source;
    this.codec = codec;
  }

  @Override
  public void open(OpenContext openContext) {
    late = getRuntimeContext().getMetricGroup().counter("lateEvents");
  }

  @Override
  public void processElement(T event, Context ctx, Collector<DeadLetter> out) {
    late.inc();
    String reason = "late: event time " + Instant.ofEpochMilli(ctx.timestamp()) + " is behind its window's watermark "
        + Instant.ofEpochMilli(ctx.timerService().currentWatermark());
    out.collect(DeadLetter.of(source, reason, codec.encodeToString(event), "window",
        ctx.timerService().currentProcessingTime()));
  }
}
