package com.tweetrade.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

/**
 * A provisioned stack has the product's topics and tables, stops without leftovers, and keeps its
 * data.
 */
class LocalStackIT {
  @Test
  void shouldProvisionStopCleanlyAndKeepDataAcrossRestarts() throws Exception {
    Path home = Files.createDirectories(Path.of("target", "localstack-it-" + System.nanoTime()));
    StackSettings settings = StackSettings.randomPorts(home);
    Path root = ProjectRoot.find();
    String clusterId;

    List<ProcessHandle> processes = new ArrayList<>();
    try (LocalStack stack = LocalStack.start(settings, true, root)) {
      processes.add(stack.kafka().process().toHandle());
      processes.add(stack.cassandra().process().toHandle());
      assertThat(processes).allMatch(ProcessHandle::isAlive);

      assertTopics(stack.kafkaBootstrap());
      try (CqlSession session = Cql.session(stack.cassandraContactPoint(), Cql.KEYSPACE)) {
        session.execute(
            "INSERT INTO userTable (username, display_name) VALUES ('persist', 'Kept')");
      }
      clusterId = clusterId(settings);
      // A second provision (the next `up`) must not fail on existing topics and tables.
      stack.provision(root);
    }
    assertThat(processes).noneMatch(ProcessHandle::isAlive);
    assertThat(Ports.isFree(settings.kafkaPort())).isTrue();
    assertThat(Ports.isFree(settings.cqlPort())).isTrue();

    try (LocalStack again = LocalStack.start(settings, true, root);
        CqlSession session = Cql.session(again.cassandraContactPoint(), Cql.KEYSPACE)) {
      assertThat(clusterId(settings))
          .as("Kafka storage is not formatted again")
          .isEqualTo(clusterId);
      assertThat(
              session
                  .execute("SELECT display_name FROM userTable WHERE username = 'persist'")
                  .one())
          .isNotNull()
          .satisfies(row -> assertThat(row.getString("display_name")).isEqualTo("Kept"));
    }
  }

  private static void assertTopics(String bootstrap) throws Exception {
    try (Admin admin =
        Admin.create(
            Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      List<String> names = TopicSpecs.ALL.stream().map(TopicSpecs.TopicSpec::name).toList();
      Map<String, Integer> partitions =
          admin.describeTopics(names).allTopicNames().get().entrySet().stream()
              .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().partitions().size()));
      assertThat(partitions)
          .containsEntry("quotes", 6)
          .containsEntry("tweets", 3)
          .containsEntry("rules", 1)
          .containsEntry("trades", 3)
          .containsEntry("aggregates", 3)
          .containsEntry("positions", 3)
          .containsEntry("dead-letters", 1);
      for (String compacted : List.of("rules", "positions")) {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, compacted);
        Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
        assertThat(config.get("cleanup.policy").value()).as(compacted).isEqualTo("compact");
      }
    }
  }

  private static String clusterId(StackSettings settings) throws Exception {
    Properties meta = new Properties();
    try (var in = Files.newInputStream(settings.kafkaDir().resolve("data/meta.properties"))) {
      meta.load(in);
    }
    return meta.getProperty("cluster.id");
  }
}
