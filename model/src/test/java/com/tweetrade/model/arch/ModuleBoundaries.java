package com.tweetrade.model.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.JsonUpgrade;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The boundaries between TweeTrade's modules, as ArchUnit rules that every module's {@code
 * ArchitectureTest} checks on its own classes (this class ships in model's test jar).
 *
 * <p>Two kinds of boundary. A module uses no other module's internal packages: the applications
 * (producers, web UI, benchmarks, cluster tests) are used by nobody, {@code sentiment}'s API is its
 * top package, and the job's {@code migrate} tools are a command, not a library. And the wire
 * contract lives in {@code model}: every Kafka record is encoded by one of {@link JsonCodec}'s
 * constants, which exist only for model's records, so a class outside model cannot become a record
 * value type without a codec made outside model, which is what {@link #ONLY_MODEL_MAKES_CODECS}
 * forbids.
 */
public final class ModuleBoundaries {
  /** Module → its packages that no other module may use. */
  static final Map<String, List<String>> INTERNAL =
      Map.of(
          "sentiment",
              List.of("com.tweetrade.sentiment.movement..", "com.tweetrade.sentiment.bench.."),
          "flink-job", List.of("com.tweetrade.job.migrate.."),
          "quote-simulator", List.of("com.tweetrade.quotes.."),
          "tweet-ingestor", List.of("com.tweetrade.tweets.."),
          "notifier", List.of("com.tweetrade.notifier.."),
          "vaadin-ui", List.of("com.tweetrade.web.."),
          "bench", List.of("com.tweetrade.bench.."),
          "cluster-it", List.of("com.tweetrade.job.cluster.."),
          "stack", List.of("com.tweetrade.stack.up.."));

  /**
   * The stack's public API: all that tests and tools of other modules may use of {@code stack}
   * (start a stack, a lone broker or a Flink cluster, their endpoints and credentials, topics and
   * keyspaces, the args {@code up} gives a part, free ports, a Flink JVM's options); its other
   * classes (child JVMs, classpaths, server configs, the {@code up} command) are its own, public
   * only because its packages share them. Test code outside stack keeps to it too.
   */
  public static final List<String> STACK_API =
      List.of(
          "com.tweetrade.stack.LocalStack",
          "com.tweetrade.stack.StackSettings",
          "com.tweetrade.stack.StackAccess",
          "com.tweetrade.stack.ProjectRoot",
          "com.tweetrade.stack.LocalBroker",
          "com.tweetrade.stack.KafkaTopics",
          "com.tweetrade.stack.TopicReader",
          "com.tweetrade.stack.Cql",
          "com.tweetrade.stack.Ports",
          "com.tweetrade.stack.junit.RealStack",
          "com.tweetrade.stack.junit.RealStackExtension",
          "com.tweetrade.stack.junit.UpPartArgs",
          "com.tweetrade.stack.junit.CommandJvm",
          "com.tweetrade.stack.junit.UpJvm",
          "com.tweetrade.stack.flink.FlinkCluster",
          "com.tweetrade.stack.flink.FlinkClusterSettings",
          "com.tweetrade.stack.flink.JobSubmission",
          "com.tweetrade.stack.flink.FlinkRestClient",
          "com.tweetrade.stack.flink.LocalJobRun");

  /** Kafka and Flink (de)serializer interfaces: what turns a record value into bytes or back. */
  private static final String[] SERDE = {
    "org.apache.kafka.common.serialization.Serializer",
    "org.apache.kafka.common.serialization.Deserializer",
    "org.apache.flink.api.common.serialization.SerializationSchema",
    "org.apache.flink.api.common.serialization.DeserializationSchema",
    "org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema",
    "org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema"
  };

  private ModuleBoundaries() {}

  /** The main (not test) classes of a module's packages, e.g. {@code "com.tweetrade.quotes"}. */
  public static JavaClasses mainClasses(String... packages) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(packages);
  }

  /** Every class of a module's packages, tests included: for a module that has only tests. */
  public static JavaClasses allClasses(String... packages) {
    return new ClassFileImporter().importPackages(packages);
  }

  /** {@code module}'s classes use no internal package of another module ({@link #INTERNAL}). */
  public static ArchRule noInternalsOfOtherModules(String module) {
    if (!module.equals("model") && !INTERNAL.containsKey(module)) {
      throw new IllegalArgumentException("unknown module " + module);
    }
    String[] others =
        INTERNAL.entrySet().stream()
            .filter(e -> !e.getKey().equals(module))
            .flatMap(e -> e.getValue().stream())
            .sorted()
            .toArray(String[]::new);
    ArchRule packages =
        noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(others)
            .because(
                "another module's internal packages are not its API (ModuleBoundaries.INTERNAL)");
    return module.equals("stack")
        ? packages
        : CompositeArchRule.of(packages).and(onlyTheStackApi());
  }

  /**
   * Outside {@code stack}, code uses only the classes of {@link #STACK_API} (and their nested
   * classes).
   */
  static ArchRule onlyTheStackApi() {
    DescribedPredicate<JavaClass> api =
        DescribedPredicate.describe(
            "in the stack's API",
            c ->
                STACK_API.contains(c.getName())
                    || STACK_API.stream().anyMatch(a -> c.getName().startsWith(a + "$")));
    return noClasses()
        .should()
        .dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage("com.tweetrade.stack..")
                .and(DescribedPredicate.not(api)))
        .because("stack's public API is ModuleBoundaries.STACK_API; its other classes are its own");
  }

  /**
   * Outside model nobody makes a codec: records are encoded with JsonCodec's constants, one per
   * wire record.
   */
  public static final ArchRule ONLY_MODEL_MAKES_CODECS =
      noClasses()
          .that()
          .resideOutsideOfPackage("com.tweetrade.model..")
          .should()
          .callConstructor(JsonCodec.class, Class.class)
          .orShould()
          .callConstructor(JsonCodec.class, Class.class, JsonUpgrade.class)
          .because(
              "only model defines wire records; use JsonCodec.QUOTE, JsonCodec.RULE_EVENT, ...");

  /**
   * A Kafka or Flink (de)serializer outside model is an adapter of a model codec, not a format of
   * its own.
   */
  public static final ArchRule SERIALIZERS_WRAP_MODEL_CODECS =
      classes()
          .that()
          .resideOutsideOfPackage("com.tweetrade.model..")
          .and(
              Stream.of(SERDE)
                  .map(JavaClass.Predicates::assignableTo)
                  .reduce((a, b) -> a.or(b))
                  .orElseThrow())
          .and()
          .areNotInterfaces()
          .should()
          .dependOnClassesThat()
          .areAssignableTo(JsonCodec.class)
          .because("Kafka record values are model records, encoded by model's JsonCodec")
          .allowEmptyShould(true);
}
