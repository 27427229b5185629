package com.tweetrade.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFuzzerTest {
  @Test
  void shouldMakeMostlyInvalidRulesDeterministically() {
    List<String> a = new RuleFuzzer(5).texts(300);
    assertThat(a).isEqualTo(new RuleFuzzer(5).texts(300));
    long invalid = a.stream().filter(t -> !RuleFuzzer.isValid(t)).count();
    assertThat(invalid).isGreaterThan(150).isLessThan(300);
  }

  @Test
  void shouldKeepTheBenchRulesValid() {
    BenchRules.create(40, 0)
        .forEach(r -> assertThat(RuleFuzzer.isValid(r.text())).as(r.text()).isTrue());
  }
}
