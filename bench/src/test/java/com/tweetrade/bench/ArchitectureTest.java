package com.tweetrade.bench;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tweetrade.model.arch.ModuleBoundaries;
import com.tweetrade.model.arch.ModuleBoundaryTests;
import org.junit.jupiter.api.Test;

/**
 * bench (the benchmarks and the fault suite) keeps to the module boundaries, in its main and test
 * classes; a fixture shows that a test class breaking them is caught.
 */
class ArchitectureTest extends ModuleBoundaryTests {
  private static final String FIXTURE = "com.tweetrade.bench.archfixture";

  @Override
  protected String[] leftOut() {
    return new String[] {FIXTURE + ".."};
  }

  @Test
  void shouldCatchAUseOfTheStacksOwnClasses() {
    JavaClasses breaking = ModuleBoundaries.allClasses(FIXTURE);
    assertThatThrownBy(() -> ModuleBoundaries.noInternalsOfOtherModules("bench").check(breaking))
        .hasMessageContaining("com.tweetrade.stack.ChildJvm")
        .hasMessageContaining("com.tweetrade.stack.KafkaNode")
        .hasMessageContaining("STACK_API");
  }
}
