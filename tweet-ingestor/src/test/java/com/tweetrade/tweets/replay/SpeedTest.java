package com.tweetrade.tweets.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpeedTest {
  @Test
  void shouldParseTheThreeForms() {
    assertThat(Speed.parse("original")).isEqualTo(Speed.ORIGINAL);
    assertThat(Speed.parse("MAX").max()).isTrue();
    assertThat(Speed.parse("20x").factor()).isEqualTo(20.0);
    assertThat(Speed.parse("0.5x").factor()).isEqualTo(0.5);
  }

  @Test
  void shouldExplainWhatIsAccepted() {
    for (String bad : new String[] {"fast", "0x", "-2x", "x", "20"}) {
      assertThatThrownBy(() -> Speed.parse(bad)).hasMessageContaining("'20x'");
    }
  }
}
