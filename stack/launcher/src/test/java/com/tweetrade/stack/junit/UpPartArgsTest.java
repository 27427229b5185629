package com.tweetrade.stack.junit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parts' own UpLivePartTests check the args; this checks a mistyped part name is said. */
class UpPartArgsTest {
  @Test
  void shouldRejectAPartNoModuleDeclares() {
    assertThatThrownBy(() -> UpPartArgs.of("quote-simulatr", true, Map.of(), null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quote-simulatr");
  }
}
