package com.tweetrade.stack;

import com.tweetrade.model.access.Credentials;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates topics with the AdminClient. Only this class and {@link KafkaAccess} touch kafka-clients,
 * which is optional for users of the launcher (they bring their own version). Its public methods
 * are part of the stack's public API.
 */
public final class KafkaTopics {
  /**
   * The broker's default.replication.factor: 1 on a single broker, 3 in a cluster (see {@link
   * KafkaConfig}).
   */
  private static final Optional<Short> BROKER_DEFAULT_REPLICAS = Optional.empty();

  private KafkaTopics() {}

  /** Creates the missing ones of {@code specs}; existing topics are left as they are. */
  static void createIfMissing(String bootstrap, List<TopicSpecs.TopicSpec> specs) {
    createIfMissing(bootstrap, Optional.empty(), specs);
  }

  /** Like {@link #createIfMissing(String, List)}, signed in with {@code credentials} if any. */
  static void createIfMissing(
      String bootstrap, Optional<Credentials> credentials, List<TopicSpecs.TopicSpec> specs) {
    try (Admin admin = admin(bootstrap, credentials)) {
      Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
      List<NewTopic> missing =
          specs.stream()
              .filter(spec -> !existing.contains(spec.name()))
              .map(
                  spec ->
                      new NewTopic(
                              spec.name(), Optional.of(spec.partitions()), BROKER_DEFAULT_REPLICAS)
                          .configs(spec.configs()))
              .toList();
      if (!missing.isEmpty()) {
        createAll(admin, missing);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating topics on " + bootstrap, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Cannot list topics on " + bootstrap, e);
    }
  }

  /**
   * Creates topic {@code name} for a test: records kept forever ({@link
   * TopicSpecs#TEST_TOPIC_CONFIGS}, so records with old timestamps are not deleted on arrival),
   * with {@code configs} on top.
   */
  public static void createTestTopic(
      String bootstrap, String name, int partitions, Map<String, String> configs) {
    Map<String, String> all = new java.util.HashMap<>(TopicSpecs.TEST_TOPIC_CONFIGS);
    all.putAll(configs);
    create(bootstrap, name, partitions, all);
  }

  /** Creates one topic now (a topic of that name that already exists is kept as it is). */
  public static void create(
      String bootstrap, String name, int partitions, Map<String, String> configs) {
    create(bootstrap, Optional.empty(), name, partitions, configs);
  }

  /** Like {@link #create(String, String, int, Map)}, signed in with {@code credentials} if any. */
  public static void create(
      String bootstrap,
      Optional<Credentials> credentials,
      String name,
      int partitions,
      Map<String, String> configs) {
    try (Admin admin = admin(bootstrap, credentials)) {
      createAll(
          admin,
          List.of(
              new NewTopic(name, Optional.of(partitions), BROKER_DEFAULT_REPLICAS)
                  .configs(configs)));
    }
  }

  private static void createAll(Admin admin, List<NewTopic> topics) {
    try {
      admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
      awaitLeaders(admin, topics);
    } catch (ExecutionException e) {
      // Another process may have created it between listing and creating: that is fine.
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("Cannot create topics " + names(topics), e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating topics " + names(topics), e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("Creating topics " + names(topics) + " took over 60 s", e);
    }
  }

  /**
   * The controller acknowledges a new topic before the broker serves it; under load, a describe or
   * fetch right after creation fails with UnknownTopicOrPartition. Returns once every partition has
   * a leader.
   */
  private static void awaitLeaders(Admin admin, List<NewTopic> topics)
      throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try {
        Map<String, TopicDescription> descriptions =
            admin.describeTopics(names(topics)).allTopicNames().get(30, TimeUnit.SECONDS);
        boolean ready =
            descriptions.values().stream()
                .allMatch(
                    d ->
                        d.partitions().stream()
                            .allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
        if (ready) {
          return;
        }
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
          throw new IllegalStateException(
              "Cannot describe new topics " + names(topics), e.getCause());
        }
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException(
            "New topics " + names(topics) + " got no partition leaders within 60 s");
      }
      Thread.sleep(200);
    }
  }

  private static List<String> names(List<NewTopic> topics) {
    return topics.stream().map(NewTopic::name).toList();
  }

  static Admin admin(String bootstrap, Optional<Credentials> credentials) {
    Map<String, Object> config =
        new HashMap<>(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 30000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60000));
    config.putAll(Credentials.kafkaClientProperties(credentials));
    return Admin.create(config);
  }
}
