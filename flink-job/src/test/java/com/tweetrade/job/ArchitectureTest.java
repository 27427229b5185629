package com.tweetrade.job;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tweetrade.model.arch.ModuleBoundaries;
import com.tweetrade.model.arch.ModuleBoundaryTests;
import org.junit.jupiter.api.Test;

/**
 * The job's layering, as STYLE.md asks: the feature packages (analytics, rules, trading, and the
 * savepoint-named state types in functions) stay independent of the wiring, IO, configuration and
 * tools; legacy IO stays in job.io; and the module boundaries of {@link ModuleBoundaries}
 * (inherited), in its main and test classes.
 */
class ArchitectureTest extends ModuleBoundaryTests {
  private static final JavaClasses JOB =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.tweetrade.job");

  @Test
  void featuresShouldNotDependOnTheWiringIoOrTools() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "com.tweetrade.job.analytics..",
            "com.tweetrade.job.rules..",
            "com.tweetrade.job.trading..",
            "com.tweetrade.job.functions..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("com.tweetrade.job")
                .and(not(type(Uids.class)))
                .as("the job's wiring (its uids excepted)"))
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.tweetrade.job.io..",
            "com.tweetrade.job.config..",
            "com.tweetrade.job.migrate..",
            "com.tweetrade.job.backtest..")
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
  void nothingShouldUseTheDeprecatedTimeClass() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.apache.flink.streaming.api.windowing.time.Time")
        .check(JOB);
  }
}
