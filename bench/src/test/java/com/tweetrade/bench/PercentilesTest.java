package com.tweetrade.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentilesTest {
  @Test
  void shouldUseNearestRank() {
    long[] v = new long[1000];
    for (int i = 0; i < v.length; i++) v[i] = 1000 - i; // 1..1000, unsorted
    Percentiles p = new Percentiles(v);
    assertThat(p.at(50)).isEqualTo(500);
    assertThat(p.at(99)).isEqualTo(990);
    assertThat(p.at(99.9)).isEqualTo(999);
    assertThat(p.at(100)).isEqualTo(1000);
  }

  @Test
  void shouldSayMinusOneWhenEmpty() {
    assertThat(new Percentiles(new long[0]).at(50)).isEqualTo(-1);
  }
}
