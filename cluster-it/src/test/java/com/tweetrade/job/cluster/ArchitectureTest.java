package com.tweetrade.job.cluster;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tweetrade.model.arch.ModuleBoundaries;
import org.junit.jupiter.api.Test;

/**
 * cluster-it (the job on a standalone cluster) keeps to the module boundaries of {@link
 * ModuleBoundaries}: all its classes, since the module has only tests.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      ModuleBoundaries.allClasses("com.tweetrade.job.cluster");

  @Test
  void shouldUseNoInternalsOfOtherModules() {
    ModuleBoundaries.noInternalsOfOtherModules("cluster-it").check(CLASSES);
  }

  @Test
  void shouldEncodeKafkaRecordsOnlyWithModelCodecs() {
    ModuleBoundaries.ONLY_MODEL_MAKES_CODECS.check(CLASSES);
    ModuleBoundaries.SERIALIZERS_WRAP_MODEL_CODECS.check(CLASSES);
  }
}
