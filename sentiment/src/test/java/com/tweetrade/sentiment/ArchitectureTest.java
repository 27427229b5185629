package com.tweetrade.sentiment;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tweetrade.model.arch.ModuleBoundaries;
import org.junit.jupiter.api.Test;

/**
 * sentiment (VADER and keyword matching, a library the producers and the job use) keeps to the
 * module boundaries of {@link ModuleBoundaries}: its main classes, and its tests too.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      ModuleBoundaries.mainClasses("com.tweetrade.sentiment");

  /** Main and test classes: tests keep to the boundaries too (the stack's public API, say). */
  private static final JavaClasses WITH_TESTS =
      ModuleBoundaries.allClasses("com.tweetrade.sentiment");

  @Test
  void shouldUseNoInternalsOfOtherModules() {
    ModuleBoundaries.noInternalsOfOtherModules("sentiment").check(WITH_TESTS);
  }

  @Test
  void shouldEncodeKafkaRecordsOnlyWithModelCodecs() {
    ModuleBoundaries.ONLY_MODEL_MAKES_CODECS.check(CLASSES);
    ModuleBoundaries.SERIALIZERS_WRAP_MODEL_CODECS.check(CLASSES);
  }
}
