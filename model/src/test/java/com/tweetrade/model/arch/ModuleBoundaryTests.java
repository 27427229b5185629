package com.tweetrade.model.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The checks of {@link ModuleBoundaries} that every module's {@code ArchitectureTest} inherits, run
 * on the main and test classes of the package the subclass is in (a module's top package).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one import of the classes for all the checks
public abstract class ModuleBoundaryTests {
  /** A module's top package → its name in {@link ModuleBoundaries}. */
  private static final Map<String, String> MODULES =
      Map.of(
          "com.tweetrade.stack", "stack",
          "com.tweetrade.sentiment", "sentiment",
          "com.tweetrade.quotes", "quote-simulator",
          "com.tweetrade.tweets", "tweet-ingestor",
          "com.tweetrade.notifier", "notifier",
          "com.tweetrade.job", "flink-job",
          "com.tweetrade.job.cluster", "cluster-it",
          "com.tweetrade.bench", "bench",
          "com.tweetrade.web", "vaadin-ui");

  private String module;
  private JavaClasses classes;

  @BeforeAll
  void importClasses() {
    String rootPackage = getClass().getPackageName();
    module = MODULES.get(rootPackage);
    if (module == null) {
      throw new IllegalStateException(getClass() + " is not in a module's top package");
    }
    classes = ModuleBoundaries.allClasses(rootPackage).that(resideOutsideOfPackages(leftOut()));
  }

  /** Packages of fixtures that break a rule on purpose (to show that it can fail); none here. */
  protected String[] leftOut() {
    return new String[0];
  }

  @Test
  void shouldUseNoInternalsOfOtherModules() {
    ModuleBoundaries.noInternalsOfOtherModules(module).check(classes);
  }

  @Test
  void shouldEncodeKafkaRecordsOnlyWithModelCodecs() {
    ModuleBoundaries.ONLY_MODEL_MAKES_CODECS.check(classes);
    ModuleBoundaries.SERIALIZERS_WRAP_MODEL_CODECS.check(classes);
  }
}
