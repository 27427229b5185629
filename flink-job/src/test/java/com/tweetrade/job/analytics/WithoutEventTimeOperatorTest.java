package com.tweetrade.job.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.runtime.watermarkstatus.WatermarkStatus;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * The rules reach the rule inputs without event time: idle from the start, no watermark, records as
 * they are.
 */
class WithoutEventTimeOperatorTest {

  @Test
  void shouldPassRecordsOnAndNeverMoveEventTime() throws Exception {
    try (var h =
        new OneInputStreamOperatorTestHarness<>(
            new WithoutEventTimeOperator<String>(),
            Types.STRING.createSerializer(
                new org.apache.flink.api.common.ExecutionConfig().getSerializerConfig()))) {
      h.open();
      h.processElement("r1", Long.MAX_VALUE);
      h.processWatermark(new Watermark(Long.MAX_VALUE));
      h.processWatermarkStatus(WatermarkStatus.ACTIVE);
      h.processElement("r2", Long.MAX_VALUE);

      assertThat(h.getOutput())
          .containsExactly(
              WatermarkStatus.IDLE,
              new StreamRecord<>("r1", Long.MAX_VALUE),
              new StreamRecord<>("r2", Long.MAX_VALUE));
    }
  }
}
