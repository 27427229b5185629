package com.tweetrade.bench;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tweetrade.model.arch.ModuleBoundaries;
import org.junit.jupiter.api.Test;

/**
 * bench (the benchmarks and the fault suite) keeps to the module boundaries of {@link
 * ModuleBoundaries}: its main classes, and its tests too.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = ModuleBoundaries.mainClasses("com.tweetrade.bench");

  /** Main and test classes but the fixture below, which breaks the rule on purpose. */
  private static final JavaClasses WITH_TESTS =
      ModuleBoundaries.allClasses("com.tweetrade.bench")
          .that(resideOutsideOfPackage("com.tweetrade.bench.archfixture.."));

  @Test
  void shouldUseNoInternalsOfOtherModules() {
    ModuleBoundaries.noInternalsOfOtherModules("bench").check(WITH_TESTS);
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
