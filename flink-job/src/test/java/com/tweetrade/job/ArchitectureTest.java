package com.tweetrade.job;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tweetrade.model.arch.ModuleBoundaries;
import org.junit.jupiter.api.Test;

/**
 * The job's layering, as STYLE.md asks: functions stay independent of the wiring; legacy IO stays
 * in job.io; and the module boundaries of {@link ModuleBoundaries}.
 */
class ArchitectureTest {
  private static final JavaClasses JOB =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.tweetrade.job");

  @Test
  void functionsShouldNotDependOnTheJobOrItsIo() {
    noClasses()
        .that()
        .resideInAPackage("com.tweetrade.job.functions..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.tweetrade.job", "com.tweetrade.job.io..", "com.tweetrade.job.config..")
        .check(JOB);
  }

  @Test
  void legacySourcesAndSinksShouldOnlyBeUsedInIo() {
    noClasses()
        .that()
        .resideOutsideOfPackage("com.tweetrade.job.io..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.apache.flink.streaming.api.functions.source.SourceFunction")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.apache.flink.streaming.api.functions.sink.SinkFunction")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.flink.streaming.connectors.cassandra..")
        .check(JOB);
  }

  @Test
  void shouldUseNoInternalsOfOtherModules() {
    ModuleBoundaries.noInternalsOfOtherModules("flink-job").check(JOB);
  }

  @Test
  void shouldEncodeKafkaRecordsOnlyWithModelCodecs() {
    ModuleBoundaries.ONLY_MODEL_MAKES_CODECS.check(JOB);
    ModuleBoundaries.SERIALIZERS_WRAP_MODEL_CODECS.check(JOB);
  }

  @Test
  void nothingShouldUseTheDeprecatedTimeClass() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.apache.flink.streaming.api.windowing.time.Time")
        .check(JOB);
  }
}
