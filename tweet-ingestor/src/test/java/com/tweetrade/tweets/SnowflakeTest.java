package com.tweetrade.tweets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnowflakeTest {

  @Test
  void shouldReadTheTimeOfARealTweetId() {
    // the sample's first tweet carries "timestamp_ms":"1425254524665"
    assertThat(Snowflake.millisOf(572185064278233088L)).isEqualTo(1425254524665L);
  }

  @Test
  void shouldKeepTheLowBitsWhenMovingInTime() {
    long moved = Snowflake.moveTo(572185064278233088L, 1700000000000L);
    assertThat(Snowflake.millisOf(moved)).isEqualTo(1700000000000L);
    assertThat(moved & 0x3FFFFF).isEqualTo(572185064278233088L & 0x3FFFFF);
    assertThat(moved).isGreaterThan(572185064278233088L);
  }
}
