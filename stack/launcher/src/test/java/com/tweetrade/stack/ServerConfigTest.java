package com.tweetrade.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.access.Credentials;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {
  private static final StackSettings SETTINGS =
      new StackSettings(
          Path.of("/data/tt"),
          1111,
          2222,
          3333,
          4444,
          5555,
          0,
          "256m",
          "768m",
          Duration.ofSeconds(60),
          false);

  @Test
  void shouldConfigureKafkaAsOneKraftNodeOnLoopback() {
    String properties = KafkaConfig.serverProperties(SETTINGS, Path.of("/data/tt/kafka/data"));

    assertThat(properties.lines())
        .contains(
            "process.roles=broker,controller",
            "controller.quorum.voters=1@127.0.0.1:2222",
            "listeners=PLAINTEXT://127.0.0.1:1111,CONTROLLER://127.0.0.1:2222",
            "advertised.listeners=PLAINTEXT://127.0.0.1:1111",
            "log.dirs=/data/tt/kafka/data",
            "offsets.topic.replication.factor=1",
            "transaction.state.log.min.isr=1");
  }

  @Test
  void shouldTakeOnlySaslWithDenyByDefaultAclsWhenSecured() {
    Credentials admin = new Credentials("admin", "pw", Credentials.PLAIN);
    String properties =
        KafkaConfig.serverProperties(
            SETTINGS.withSecurity(true), ClusterMember.SINGLE, Path.of("/d"), Optional.of(admin));

    assertThat(properties.lines())
        .contains(
            "listeners=SASL_PLAINTEXT://127.0.0.1:1111,CONTROLLER://127.0.0.1:2222",
            "listener.security.protocol.map=CONTROLLER:SASL_PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT",
            "sasl.enabled.mechanisms=SCRAM-SHA-256,PLAIN",
            "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
            "super.users=User:admin",
            "allow.everyone.if.no.acl.found=false",
            "auto.create.topics.enable=false")
        .noneMatch(line -> line.contains("PLAINTEXT://") && !line.contains("SASL_PLAINTEXT://"));
    assertThat(CassandraConfig.yaml(SETTINGS.withSecurity(true)).lines())
        .contains("authenticator: PasswordAuthenticator", "authorizer: CassandraAuthorizer");
    assertThat(CassandraConfig.yaml(SETTINGS).lines())
        .contains("authenticator: AllowAllAuthenticator");
  }

  @Test
  void shouldMakeKafkaClusterIdsLikeKafkaDoes() {
    String id = KafkaConfig.randomClusterId();

    assertThat(id).hasSize(22).matches("[A-Za-z0-9_][A-Za-z0-9_-]{21}");
    assertThat(KafkaConfig.randomClusterId()).isNotEqualTo(id);
  }

  @Test
  void shouldConfigureCassandraOnLoopbackWithItsOwnDirectoriesAndPorts() {
    List<String> yaml = CassandraConfig.yaml(SETTINGS).lines().toList();

    assertThat(yaml)
        .contains(
            "listen_address: 127.0.0.1",
            "rpc_address: 127.0.0.1",
            "storage_port: 4444",
            "native_transport_port: 3333",
            "      - seeds: \"127.0.0.1:4444\"",
            "  - /data/tt/cassandra/data",
            "commitlog_directory: /data/tt/cassandra/commitlog",
            "hints_directory: /data/tt/cassandra/hints",
            "saved_caches_directory: /data/tt/cassandra/saved_caches",
            "cdc_raw_directory: /data/tt/cassandra/cdc_raw",
            "memtable_heap_space: 64MiB");
  }

  @Test
  void shouldStartCassandraWithJammHeapAndJmxPort() {
    List<String> args =
        CassandraConfig.jvmArgs(
            SETTINGS,
            ClusterMember.SINGLE,
            Path.of("/data/tt/cassandra"),
            Path.of("/data/tt/cassandra/cassandra.yaml"),
            Path.of("/l.xml"),
            "/m2/jamm-0.4.0.jar");

    assertThat(args)
        .contains(
            "-javaagent:/m2/jamm-0.4.0.jar",
            "-Xmx768m",
            "-XX:TieredStopAtLevel=1",
            "-Dcassandra-foreground=yes",
            "-Dcassandra.config=file:///data/tt/cassandra/cassandra.yaml",
            "-Dcassandra.jmx.local.port=5555",
            "-Dcassandra.superuser_setup_delay_ms=0")
        .containsSubsequence("--add-opens", "java.base/jdk.internal.ref=ALL-UNNAMED");
  }

  @Test
  void shouldMakeEachBrokerOfAClusterAVoterOnItsOwnAddressWithThreeReplicas() {
    ClusterMember second = new ClusterMember(2, 3);
    String properties =
        KafkaConfig.serverProperties(
            SETTINGS, second, Path.of("/data/tt/kafka-2/data"), Optional.empty());

    assertThat(properties.lines())
        .contains(
            "node.id=2",
            "controller.quorum.voters=1@127.0.0.1:2222,2@127.0.0.2:2222,3@127.0.0.3:2222",
            "listeners=PLAINTEXT://127.0.0.2:1111,CONTROLLER://127.0.0.2:2222",
            "advertised.listeners=PLAINTEXT://127.0.0.2:1111",
            "default.replication.factor=3",
            "min.insync.replicas=2",
            "offsets.topic.replication.factor=3",
            "transaction.state.log.replication.factor=3",
            "transaction.state.log.min.isr=2");
    assertThat(KafkaConfig.serverProperties(SETTINGS, Path.of("/d")).lines())
        .contains("default.replication.factor=1", "min.insync.replicas=1");
  }

  @Test
  void shouldKeepOneClusterIdForEveryBrokerOfAHome(@TempDir Path home) {
    String id = KafkaConfig.clusterId(home);

    assertThat(KafkaConfig.clusterId(home)).isEqualTo(id);
    assertThat(KafkaConfig.clusterId(home.resolve("other"))).isNotEqualTo(id);
  }

  @Test
  void shouldPutEachCassandraNodeOfARingOnItsOwnAddressWithNodeOneAsSeed() {
    ClusterMember third = new ClusterMember(3, 3);
    List<String> yaml =
        CassandraConfig.yaml(SETTINGS, third, Path.of("/data/tt/cassandra-3")).lines().toList();
    List<String> args =
        CassandraConfig.jvmArgs(
            SETTINGS, third, Path.of("/data/tt/cassandra-3"), Path.of("/y"), Path.of("/l"), "/j");

    assertThat(yaml)
        .contains(
            "listen_address: 127.0.0.3",
            "rpc_address: 127.0.0.3",
            "storage_port: 4444",
            "native_transport_port: 3333",
            "      - seeds: \"127.0.0.1:4444\"",
            "  - /data/tt/cassandra-3/data");
    // Local JMX binds 127.0.0.1 on every node: each takes its own port.
    assertThat(args).contains("-Dcassandra.jmx.local.port=5557");
  }

  @Test
  void shouldNameAndPlaceClusterMembersByTheirId() {
    assertThat(ClusterMember.all(3))
        .extracting(ClusterMember::host)
        .containsExactly("127.0.0.1", "127.0.0.2", "127.0.0.3");
    assertThat(new ClusterMember(2, 3).name("kafka")).isEqualTo("kafka-2");
    assertThat(ClusterMember.SINGLE.name("kafka")).isEqualTo("kafka");
    assertThat(ClusterMember.addresses(3, 9042))
        .isEqualTo("127.0.0.1:9042,127.0.0.2:9042,127.0.0.3:9042");
    assertThat(ClusterMember.addresses(1, 9092)).isEqualTo("127.0.0.1:9092");
  }

  @Test
  void shouldFindTheServerJarsResolvedAtBuildTime() {
    assertThat(ServerClasspath.kafka()).anyMatch(entry -> entry.contains("kafka_2.13-"));
    assertThat(ServerClasspath.find(ServerClasspath.cassandra(), "cassandra-all-"))
        .endsWith(".jar");
  }
}
