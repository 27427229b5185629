package com.tweetrade.model;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tweetrade.model.arch.ModuleBoundaries;
import org.junit.jupiter.api.Test;

/**
 * model is the wire contract every module shares: it uses no other module and no runtime (STYLE.md
 * §1).
 */
class ArchitectureTest {
  private static final JavaClasses MODEL = ModuleBoundaries.mainClasses("com.tweetrade.model");

  /** Main and test classes: tests keep to the boundaries too (the stack's public API, say). */
  private static final JavaClasses WITH_TESTS = ModuleBoundaries.allClasses("com.tweetrade.model");

  @Test
  void shouldUseNoOtherModule() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("com.tweetrade..")
                .and(resideOutsideOfPackage("com.tweetrade.model..")))
        .check(MODEL);
  }

  @Test
  void shouldUseNoFlinkSpringKafkaOrCassandra() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.flink..",
            "org.springframework..",
            "org.apache.kafka..",
            "com.datastax..",
            "com.vaadin..")
        .check(MODEL);
  }

  @Test
  void shouldUseNoInternalsOfOtherModules() {
    ModuleBoundaries.noInternalsOfOtherModules("model").check(WITH_TESTS);
  }
}
