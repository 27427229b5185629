package com.tweetrade.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchTopicsTest {
  @Test
  void shouldStampInputsWithTheBrokersAppendTimeAndTradesWithTheirCreateTime() {
    assertThat(BenchTopics.inputConfigs())
        .containsEntry("message.timestamp.type", "LogAppendTime")
        .containsEntry("retention.ms", "-1");
    assertThat(BenchTopics.tradesConfigs()).containsEntry("message.timestamp.type", "CreateTime");
  }
}
