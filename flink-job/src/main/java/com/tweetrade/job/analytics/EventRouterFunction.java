package com.tweetrade.job.analytics;

import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.JsonCodec;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Meter;
import org.apache.flink.metrics.MeterView;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Lets usable events through and sends the rest to side outputs: undecodable, invalid or
 * future-dated ({@link EventTimeLimit}) ones to {@link Descriptors#DEAD_LETTERS}, events behind the
 * watermark to {@link Descriptors#LATE_EVENTS}.
 *
 * <p>Runs chained right after its source and so catches most late events with their Kafka position.
 * A downstream window can still find an event late when another source split was idle and pushed
 * the combined watermark ahead; the windows send those to their own late outputs ({@link
 * LateEventFunction}). Metrics: {@code <events>PerSecond} (meter), {@code lateEvents} (counter),
 * {@code watermarkLagMs} (gauge: wall clock minus the current watermark, -1 before the first
 * watermark).
 */
public class EventRouterFunction<T> extends ProcessFunction<Decoded<T>, T> {
  private final String source;
  private final JsonCodec<T> codec;
  private final EventCheck<T> check;
  private final EventTimeLimit eventTimeLimit;
  private final String rateMetric;

  private transient Meter rate;
  private transient Counter late;
  private transient volatile long lastWatermark;

  /**
   * @param source the {@link DeadLetter#source()} of rejections, e.g. {@code flink-job/quotes}
   * @param codec to write a rejected event back as the dead letter's payload
   * @param check what makes a decoded event unusable
   * @param eventTimeLimit how far ahead of the wall clock event times may be; null for inputs
   *     without event time (rules), which are then not checked for lateness either
   * @param rateMetric name of the events-per-second meter, e.g. {@code quotesPerSecond}
   */
  public EventRouterFunction(
      String source,
      JsonCodec<T> codec,
      EventCheck<T> check,
      EventTimeLimit eventTimeLimit,
      String rateMetric) {
    this.source = source;
    this.codec = codec;
    this.check = check;
    this.eventTimeLimit = eventTimeLimit;
    this.rateMetric = rateMetric;
  }

  @Override
  public void open(OpenContext openContext) {
    var metrics = getRuntimeContext().getMetricGroup();
    rate = metrics.meter(rateMetric, new MeterView(60));
    late = metrics.counter("lateEvents");
    lastWatermark = Long.MIN_VALUE;
    metrics.gauge("watermarkLagMs", this::watermarkLag);
  }

  @Override
  public void processElement(Decoded<T> in, Context ctx, Collector<T> out) {
    long now = ctx.timerService().currentProcessingTime();
    if (!in.isOk()) {
      ctx.output(
          Descriptors.DEAD_LETTERS,
          DeadLetter.of(source, in.error(), in.payload(), in.position(), now));
      return;
    }
    String problem = check.problem(in.value());
    if (problem == null
        && eventTimeLimit != null
        && eventTimeLimit.tooFarAhead(in.eventTime(), now)) {
      problem = eventTimeLimit.reason(in.eventTime(), now);
    }
    if (problem != null) {
      ctx.output(
          Descriptors.DEAD_LETTERS,
          DeadLetter.of(source, problem, codec.encodeToString(in.value()), in.position(), now));
      return;
    }
    long watermark = ctx.timerService().currentWatermark();
    lastWatermark = watermark;
    if (eventTimeLimit != null && in.eventTime() <= watermark) {
      late.inc();
      String reason =
          "late: event time "
              + Instant.ofEpochMilli(in.eventTime())
              + " is not after the watermark "
              + Instant.ofEpochMilli(watermark);
      ctx.output(
          Descriptors.LATE_EVENTS,
          DeadLetter.of(source, reason, codec.encodeToString(in.value()), in.position(), now));
      return;
    }
    rate.markEvent();
    out.collect(in.value());
  }

  private long watermarkLag() {
    long wm = lastWatermark;
    return wm == Long.MIN_VALUE || wm == Long.MAX_VALUE ? -1 : System.currentTimeMillis() - wm;
  }
}
