package com.tweetrade.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tweetrade.model.arch.ModuleBoundaries;
import org.junit.jupiter.api.Test;

/**
 * Package rules of STYLE.md §6: services never reach into views, features do not form cycles; and
 * the module boundaries of {@link ModuleBoundaries}, in tests too.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.tweetrade.web");

  /** Main and test classes: tests keep to the boundaries too (the stack's public API, say). */
  private static final JavaClasses WITH_TESTS = ModuleBoundaries.allClasses("com.tweetrade.web");

  @Test
  void shouldUseNoInternalsOfOtherModules() {
    ModuleBoundaries.noInternalsOfOtherModules("vaadin-ui").check(WITH_TESTS);
  }

  @Test
  void shouldEncodeKafkaRecordsOnlyWithModelCodecs() {
    ModuleBoundaries.ONLY_MODEL_MAKES_CODECS.check(CLASSES);
    ModuleBoundaries.SERIALIZERS_WRAP_MODEL_CODECS.check(CLASSES);
  }

  @Test
  void domainAndServicesShouldNotDependOnViews() {
    noClasses()
        .that()
        .resideOutsideOfPackage("com.tweetrade.web..ui..")
        .and()
        .doNotHaveSimpleName("SecurityConfig") // names the login view, as Spring Security requires
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.tweetrade.web..ui..")
        .check(CLASSES);
  }

  @Test
  void servicesShouldNotUseVaadin() {
    noClasses()
        .that()
        .resideOutsideOfPackage("com.tweetrade.web..ui..")
        .and()
        .resideOutsideOfPackage("com.tweetrade.web.security")
        .and()
        .doNotHaveSimpleName("Application")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.vaadin..")
        .check(CLASSES);
  }

  @Test
  void featuresShouldBeFreeOfCycles() {
    slices().matching("com.tweetrade.web.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void viewsOfOneFeatureShouldNotUseViewsOfAnother() {
    slices()
        .matching("com.tweetrade.web.(*).ui..")
        .should()
        .notDependOnEachOther()
        .ignoreDependency(
            com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                "com.tweetrade.web.base.ui"))
        .check(CLASSES);
  }
}
