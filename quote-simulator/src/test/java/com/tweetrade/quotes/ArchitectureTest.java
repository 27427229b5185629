package com.tweetrade.quotes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tweetrade.model.arch.ModuleBoundaries;
import org.junit.jupiter.api.Test;

/**
 * The quote producer keeps to the module boundaries of {@link ModuleBoundaries}: its main classes,
 * and its tests too.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = ModuleBoundaries.mainClasses("com.tweetrade.quotes");

  /** Main and test classes: tests keep to the boundaries too (the stack's public API, say). */
  private static final JavaClasses WITH_TESTS = ModuleBoundaries.allClasses("com.tweetrade.quotes");

  @Test
  void shouldUseNoInternalsOfOtherModules() {
    ModuleBoundaries.noInternalsOfOtherModules("quote-simulator").check(WITH_TESTS);
  }

  @Test
  void shouldEncodeKafkaRecordsOnlyWithModelCodecs() {
    ModuleBoundaries.ONLY_MODEL_MAKES_CODECS.check(CLASSES);
    ModuleBoundaries.SERIALIZERS_WRAP_MODEL_CODECS.check(CLASSES);
  }
}
