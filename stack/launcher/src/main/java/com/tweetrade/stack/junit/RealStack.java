package com.tweetrade.stack.junit;

import com.datastax.oss.driver.api.core.CqlSession;
import com.tweetrade.stack.Cql;
import com.tweetrade.stack.KafkaTopics;
import com.tweetrade.stack.TopicReader;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The running Kafka + Cassandra an integration test talks to, injected by {@link
 * RealStackExtension}. Shared by all tests of a test JVM: isolate your data with {@link
 * #createTopic} and {@link #createKeyspace}.
 */
public final class RealStack {
  private final String kafkaBootstrap;
  private final InetSocketAddress cassandraContactPoint;
  private final Path root;
  private final Optional<ProcessHandle> kafkaProcess;
  private final Object ddlLock = new Object();
  private CqlSession ddlSession;

  RealStack(
      String kafkaBootstrap,
      InetSocketAddress cassandraContactPoint,
      Path root,
      Optional<ProcessHandle> kafkaProcess) {
    this.kafkaBootstrap = kafkaBootstrap;
    this.cassandraContactPoint = cassandraContactPoint;
    this.root = root;
    this.kafkaProcess = kafkaProcess;
  }

  /** Kafka bootstrap servers, e.g. "127.0.0.1:41234". */
  public String kafkaBootstrap() {
    return kafkaBootstrap;
  }

  /**
   * The broker's JVM when this test JVM started it (for its CPU time, say); empty for a stack given
   * by the environment.
   */
  public Optional<ProcessHandle> kafkaProcess() {
    return kafkaProcess;
  }

  /**
   * Creates a topic now with a unique name {@code <prefix>-it-<random>} and returns the name. Test
   * topics keep records forever (retention.ms=-1), so records with old timestamps are not deleted
   * on arrival.
   */
  public String createTopic(String prefix, int partitions) {
    return createTopic(prefix, partitions, Map.of());
  }

  /**
   * Like {@link #createTopic(String, int)}, with extra topic configs (e.g. cleanup.policy=compact).
   */
  public String createTopic(String prefix, int partitions, Map<String, String> configs) {
    String name = prefix + "-it-" + UUID.randomUUID().toString().substring(0, 8);
    KafkaTopics.createTestTopic(kafkaBootstrap, name, partitions, configs);
    return name;
  }

  /**
   * Every record of {@code topic} from its beginning to its end as of now ({@link TopicReader}).
   */
  public List<ConsumerRecord<byte[], byte[]>> readToEnd(String topic, boolean readCommitted) {
    return TopicReader.readToEnd(
        kafkaBootstrap, Optional.empty(), topic, readCommitted, Duration.ofSeconds(60));
  }

  /** Cassandra's CQL address, e.g. 127.0.0.1:39042. */
  public InetSocketAddress cassandraContactPoint() {
    return cassandraContactPoint;
  }

  /** Data center name to give the 4.x driver ({@code withLocalDatacenter}). */
  public String cassandraLocalDatacenter() {
    return com.tweetrade.stack.CassandraNode.DATACENTER;
  }

  /**
   * Creates a fresh keyspace {@code it_<random>} with every table of schema.cql and returns its
   * name.
   */
  public String createKeyspace() {
    String keyspace = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    synchronized (ddlLock) {
      if (ddlSession == null) {
        ddlSession = Cql.ddlSession(cassandraContactPoint);
      }
      Cql.applySchema(ddlSession, root, keyspace);
    }
    return keyspace;
  }

  /**
   * A new driver 4.x session bound to {@code keyspace} (null for none), with a 20 s request
   * timeout. The caller closes it.
   */
  public CqlSession cqlSession(String keyspace) {
    return Cql.session(cassandraContactPoint, keyspace);
  }

  void close() {
    synchronized (ddlLock) {
      if (ddlSession != null) {
        ddlSession.close();
        ddlSession = null;
      }
    }
  }
}
