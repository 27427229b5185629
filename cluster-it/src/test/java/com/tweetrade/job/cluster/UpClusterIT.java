package com.tweetrade.job.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.tweetrade.model.access.Credentials;
import com.tweetrade.stack.Cql;
import com.tweetrade.stack.Ports;
import com.tweetrade.stack.ProjectRoot;
import com.tweetrade.stack.StackAccess;
import com.tweetrade.stack.flink.FlinkRestClient;
import com.tweetrade.stack.junit.UpJvm;
import java.io.File;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/tweetrade up --cluster} as a user runs it (its own JVM, the launcher's main): three
 * KRaft brokers, a ring of three Cassandra nodes on 127.0.0.1-3 and the real job jar on a
 * standalone Flink cluster, with a stand-in part in place of the producers and the UI. Checks what
 * the cluster promises (3 voters, topics with 3 replicas and min.insync.replicas=2, tweetdb and
 * system_auth with 3 replicas, 2 TaskManagers, the job running, every part given every address),
 * that losing a broker to {@code kill -9} loses no acknowledged write and leaves the job running,
 * and that SIGTERM stops everything with a savepoint and leaves no process behind.
 */
class UpClusterIT {
  private static final Duration START_LIMIT = Duration.ofMinutes(8);

  @Test
  void shouldRunTheClustersSurviveABrokersLossAndStopCleanly() throws Exception {
    Path root = projectCopy();
    // kafka, controller, cql, storage, 3 JMX ports (one per node) from the fifth one up, flink
    // rest, flink rpc.
    List<Integer> ports = Ports.freePorts(7);
    int kafkaPort = ports.get(0);
    int cqlPort = ports.get(2);
    int restPort = ports.get(5);
    Path output = root.resolve("up-output.txt");
    ProcessBuilder builder = upCluster(root, ports, output);
    int metricsPort = twoFreePorts();
    builder.environment().put("TWEETRADE_METRICS_PORT", Integer.toString(metricsPort));
    Process up = builder.start();
    Path home = root.resolve("var/cluster");
    List<ProcessHandle> children = new ArrayList<>();
    try {
      UpJvm.awaitOutput(up, output, "TweeTrade is up", START_LIMIT);
      String kafka = addresses(kafkaPort);
      String cql = addresses(cqlPort);
      assertThat(Files.readString(output))
          .contains("Kafka bootstrap:  " + kafka)
          .contains("Cassandra CQL:    " + cql)
          .contains("running on 2 TaskManagers, fresh")
          .contains("flink-cluster: http://127.0.0.1:" + restPort);
      // The part has no readiness check: up is "up" before it has printed.
      Path partLog = home.resolve("logs/echo-part.log");
      awaitText(partLog, "echo-part env cql=", Duration.ofMinutes(1));
      assertThat(Files.readString(partLog))
          .contains("echo-part args " + kafka + " " + cql)
          .contains("echo-part env cql=" + cql);
      children.addAll(up.descendants().toList());

      Credentials admin = StackAccess.ensure(home.resolve("secrets")).admin();
      try (Admin kafkaAdmin = Admin.create(clientProperties(kafka, admin))) {
        assertThat(kafkaAdmin.describeCluster().nodes().get(60, TimeUnit.SECONDS)).hasSize(3);
        TopicDescription quotes =
            kafkaAdmin.describeTopics(List.of("quotes")).allTopicNames().get().get("quotes");
        assertThat(quotes.partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "quotes");
        Config config = kafkaAdmin.describeConfigs(List.of(topic)).all().get().get(topic);
        assertThat(config.get("min.insync.replicas").value()).isEqualTo("2");
      }
      try (CqlSession session =
          Cql.session(new InetSocketAddress("127.0.0.1", cqlPort), null, Optional.of(admin))) {
        assertThat(session.execute("SELECT peer FROM system.peers").all()).hasSize(2);
        for (String keyspace : List.of("tweetdb", "system_auth")) {
          Map<String, String> replication =
              session
                  .execute(
                      "SELECT replication FROM system_schema.keyspaces WHERE keyspace_name = ?",
                      keyspace)
                  .one()
                  .getMap("replication", String.class, String.class);
          assertThat(replication).as(keyspace).containsEntry("replication_factor", "3");
        }
      }
      // Every node's JMX exporter on its own address: brokers on the port, Cassandra on the next.
      assertThat(get("http://127.0.0.2:" + metricsPort + "/metrics"))
          .contains("kafka_server_replicamanager_")
          .doesNotContain("org_apache_cassandra");
      assertThat(get("http://127.0.0.3:" + (metricsPort + 1) + "/metrics"))
          .contains("org_apache_cassandra_metrics_clientrequest_");
      FlinkRestClient flink = new FlinkRestClient("http://127.0.0.1:" + restPort);
      assertThat(flink.overview().taskManagers()).isEqualTo(2);
      assertThat(flink.jobs())
          .singleElement()
          .satisfies(j -> assertThat(j.state()).isEqualTo("RUNNING"));

      // kill -9 one broker: acks=all writes still succeed (2 of 3 in sync), up reports the loss and
      // carries on, and the job is running again after its restart.
      ProcessHandle broker3 = serverProcess(up, "kafka-3/server.properties");
      broker3.destroyForcibly();
      broker3.onExit().get(60, TimeUnit.SECONDS);
      try (KafkaProducer<String, String> producer = producer(kafka, admin)) {
        producer
            .send(new ProducerRecord<>("dead-letters", "up-cluster-it", "after loss"))
            .get(2, TimeUnit.MINUTES);
      }
      UpJvm.awaitOutput(up, output, "The other nodes carry on without it", Duration.ofMinutes(1));
      awaitRunning(flink, Duration.ofMinutes(3));

      up.destroy();
      assertThat(up.waitFor(5, TimeUnit.MINUTES)).as("up exits after SIGTERM").isTrue();
    } finally {
      up.descendants().forEach(ProcessHandle::destroyForcibly);
      up.destroyForcibly();
    }
    String text = Files.readString(output);
    assertThat(text).contains("tweetrade: savepoint ").contains("tweetrade: all stopped");
    assertThat(children).noneMatch(ProcessHandle::isAlive);
    try (Stream<Path> savepoints = Files.list(home.resolve("flink/savepoints"))) {
      assertThat(savepoints).anyMatch(dir -> Files.isRegularFile(dir.resolve("_metadata")));
    }
  }

  /**
   * A project root of its own: schema.cql, flink-conf, the job jar under flink-job/target, and one
   * stand-in part.
   */
  private static Path projectCopy() throws Exception {
    Path project = ProjectRoot.find();
    Path root =
        Files.createDirectories(
            Path.of("target", "up-cluster-it-" + System.nanoTime()).toAbsolutePath());
    Files.copy(project.resolve("schema.cql"), root.resolve("schema.cql"));
    Path conf = Files.createDirectories(root.resolve("flink-conf"));
    try (Stream<Path> files = Files.list(project.resolve("flink-conf"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, conf.resolve(file.getFileName()));
      }
    }
    Path target = Files.createDirectories(root.resolve("flink-job/target"));
    Files.createSymbolicLink(target.resolve("flink-job-it.jar"), JobJar.locate());
    Path part = Files.createDirectories(root.resolve("echo-part"));
    Files.writeString(
        part.resolve("tweetrade-part.properties"),
        "name=echo-part\norder=30\nmain=" + EchoPart.class.getName() + "\nargs=${kafka} ${cql}\n");
    Files.createDirectories(part.resolve("target/classes"));
    Files.writeString(
        part.resolve("target/classpath.txt"),
        Path.of("target", "test-classes").toAbsolutePath().toString());
    return root;
  }

  /**
   * up --cluster with the launcher's classpath, less the shaded job jar (it bundles its own Kafka
   * clients).
   */
  private static ProcessBuilder upCluster(Path root, List<Integer> ports, Path output) {
    String jobJar = JobJar.locate().toString();
    String classpath =
        String.join(
            File.pathSeparator,
            Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.equals(jobJar))
                .toList());
    return UpJvm.builder(
        classpath,
        root,
        ports.subList(0, 5),
        5,
        output,
        "--cluster",
        "--flink-rest-port",
        ports.get(5).toString(),
        "--flink-rpc-port",
        ports.get(6).toString());
  }

  /** A port whose next one is free too (the exporters take two), on every node's address. */
  private static int twoFreePorts() {
    for (int port : Ports.freePorts(20)) {
      boolean free = true;
      for (String host : List.of("127.0.0.1", "127.0.0.2", "127.0.0.3")) {
        free &= Ports.isFree(host, port) && Ports.isFree(host, port + 1);
      }
      if (free) return port;
    }
    throw new IllegalStateException("no two free ports in a row");
  }

  private static String get(String url) throws Exception {
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    return response.body();
  }

  private static String addresses(int port) {
    return "127.0.0.1:" + port + ",127.0.0.2:" + port + ",127.0.0.3:" + port;
  }

  /** The child whose command line names {@code configSuffix} (read from /proc: it can be long). */
  private static ProcessHandle serverProcess(Process up, String configSuffix) {
    return up.descendants()
        .filter(p -> commandLine(p).contains(configSuffix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no process started with " + configSuffix));
  }

  private static String commandLine(ProcessHandle process) {
    try {
      return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
    } catch (java.io.IOException e) {
      return "";
    }
  }

  private static Map<String, Object> clientProperties(String bootstrap, Credentials admin) {
    Map<String, Object> props =
        new java.util.HashMap<>(Credentials.kafkaClientProperties(Optional.of(admin)));
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    return props;
  }

  private static KafkaProducer<String, String> producer(String bootstrap, Credentials admin) {
    Map<String, Object> props = clientProperties(bootstrap, admin);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 110_000);
    return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
  }

  private static void awaitRunning(FlinkRestClient flink, Duration limit) throws Exception {
    Instant deadline = Instant.now().plus(limit);
    while (true) {
      Collection<FlinkRestClient.JobSummary> jobs = flink.jobs();
      if (jobs.size() == 1 && jobs.iterator().next().state().equals("RUNNING")) return;
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("the job is not RUNNING after the broker's loss: " + jobs);
      }
      Thread.sleep(1000);
    }
  }

  private static void awaitText(Path file, String text, Duration limit) throws Exception {
    Instant deadline = Instant.now().plus(limit);
    while (!Files.exists(file) || !Files.readString(file).contains(text)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(file + " does not say '" + text + "'");
      }
      Thread.sleep(250);
    }
  }
}
