package com.tweetrade.tweets;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tweetrade.model.arch.ModuleBoundaries;
import org.junit.jupiter.api.Test;

/**
 * The tweet producer keeps to the module boundaries of {@link ModuleBoundaries}: its main classes,
 * and its tests too.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = ModuleBoundaries.mainClasses("com.tweetrade.tweets");

  /** Main and test classes: tests keep to the boundaries too (the stack's public API, say). */
  private static final JavaClasses WITH_TESTS = ModuleBoundaries.allClasses("com.tweetrade.tweets");

  @Test
  void shouldUseNoInternalsOfOtherModules() {
    ModuleBoundaries.noInternalsOfOtherModules("tweet-ingestor").check(WITH_TESTS);
  }

  @Test
  void shouldEncodeKafkaRecordsOnlyWithModelCodecs() {
    ModuleBoundaries.ONLY_MODEL_MAKES_CODECS.check(CLASSES);
    ModuleBoundaries.SERIALIZERS_WRAP_MODEL_CODECS.check(CLASSES);
  }
}
