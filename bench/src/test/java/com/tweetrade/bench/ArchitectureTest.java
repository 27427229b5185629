package com.tweetrade.bench;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tweetrade.model.arch.ModuleBoundaries;
import org.junit.jupiter.api.Test;

/**
 * bench (the benchmarks and the fault suite) keeps to the module boundaries of {@link
 * ModuleBoundaries}: its main classes.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = ModuleBoundaries.mainClasses("com.tweetrade.bench");

  @Test
  void shouldUseNoInternalsOfOtherModules() {
    ModuleBoundaries.noInternalsOfOtherModules("bench").check(CLASSES);
  }

  @Test
  void shouldCatchAUseOfTheStacksOwnClasses() {
    JavaClasses breaking = ModuleBoundaries.allClasses("com.tweetrade.bench.archfixture");
    assertThatThrownBy(() -> ModuleBoundaries.noInternalsOfOtherModules("bench").check(breaking))
        .hasMessageContaining("com.tweetrade.stack.ChildJvm")
        .hasMessageContaining("com.tweetrade.stack.KafkaNode")
        .hasMessageContaining("STACK_API");
  }

  @Test
  void shouldEncodeKafkaRecordsOnlyWithModelCodecs() {
    ModuleBoundaries.ONLY_MODEL_MAKES_CODECS.check(CLASSES);
    ModuleBoundaries.SERIALIZERS_WRAP_MODEL_CODECS.check(CLASSES);
  }
}
