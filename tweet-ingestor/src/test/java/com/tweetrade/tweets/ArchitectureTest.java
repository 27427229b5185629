package com.tweetrade.tweets;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tweetrade.model.arch.ModuleBoundaries;
import org.junit.jupiter.api.Test;

/**
 * The tweet producer keeps to the module boundaries of {@link ModuleBoundaries}: its main classes.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = ModuleBoundaries.mainClasses("com.tweetrade.tweets");

  @Test
  void shouldUseNoInternalsOfOtherModules() {
    ModuleBoundaries.noInternalsOfOtherModules("tweet-ingestor").check(CLASSES);
  }

  @Test
  void shouldEncodeKafkaRecordsOnlyWithModelCodecs() {
    ModuleBoundaries.ONLY_MODEL_MAKES_CODECS.check(CLASSES);
    ModuleBoundaries.SERIALIZERS_WRAP_MODEL_CODECS.check(CLASSES);
  }
}
