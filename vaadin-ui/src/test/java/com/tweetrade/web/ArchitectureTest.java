package com.tweetrade.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tweetrade.model.arch.ModuleBoundaries;
import com.tweetrade.model.arch.ModuleBoundaryTests;
import org.junit.jupiter.api.Test;

/**
 * Package rules of STYLE.md §6: services never reach into views, features do not form cycles; and
 * the module boundaries of {@link ModuleBoundaries} (inherited), in tests too.
 */
class ArchitectureTest extends ModuleBoundaryTests {
  private static final JavaClasses CLASSES = ModuleBoundaries.mainClasses("com.tweetrade.web");

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
