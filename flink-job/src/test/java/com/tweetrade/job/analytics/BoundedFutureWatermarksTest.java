package com.tweetrade.job.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.Quote;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.BoundedOutOfOrdernessWatermarks;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.junit.jupiter.api.Test;

class BoundedFutureWatermarksTest {
  private final List<Long> emitted = new ArrayList<>();
  private final WatermarkOutput output =
      new WatermarkOutput() {
        @Override
        public void emitWatermark(Watermark watermark) {
          emitted.add(watermark.getTimestamp());
        }

        @Override
        public void markIdle() {}

        @Override
        public void markActive() {}
      };

  @Test
  void shouldNotLetFutureOrUndecodableEventsMoveEventTime() {
    var watermarks =
        new BoundedFutureWatermarks<Quote>(
            new BoundedOutOfOrdernessWatermarks<>(Duration.ofSeconds(5)),
            EventTimeLimit.of(Duration.ofMinutes(5)));
    long now = System.currentTimeMillis();

    watermarks.onEvent(event(now - 60_000), now - 60_000, output);
    watermarks.onEvent(event(now + 3_600_000), now + 3_600_000, output);
    watermarks.onEvent(
        Decoded.failed("not a valid Quote", "{", "quotes-0@9"), now + 3_600_000, output);
    watermarks.onPeriodicEmit(output);
    assertThat(emitted).containsExactly(now - 60_000 - 5_000 - 1);

    watermarks.onEvent(event(now - 30_000), now - 30_000, output);
    watermarks.onPeriodicEmit(output);
    assertThat(emitted).last().isEqualTo(now - 30_000 - 5_000 - 1);
  }

  private static Decoded<Quote> event(long time) {
    return Decoded.ok(new Quote("TSLA", 100, 1, 99, 101, time), "quotes-0@1", time);
  }
}
