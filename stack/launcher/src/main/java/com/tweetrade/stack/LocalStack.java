package com.tweetrade.stack;

import com.datastax.oss.driver.api.core.CqlSession;
import com.tweetrade.model.access.Credentials;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real Kafka brokers and real Cassandra nodes on loopback, each in its own JVM: one of each on
 * 127.0.0.1 ({@link #start(StackSettings, boolean, Path)}), or a cluster of three of each on
 * 127.0.0.1-3 ({@link #start(StackSettings, int, boolean, Path)}) whose topics have three replicas
 * and whose keyspace tweetdb has replication factor 3.
 *
 * <p>Kafka and Cassandra start in parallel (Cassandra is the slow one); the brokers of a cluster
 * start together (their controllers form one quorum), Cassandra's nodes one after the other (a ring
 * takes one joining node at a time). With {@code provision}, the product's topics ({@link
 * TopicSpecs}) and {@code schema.cql} (keyspace tweetdb) are created idempotently. {@link #close()}
 * stops everything and waits for it to exit.
 */
public final class LocalStack implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);
  private static final Duration SCHEMA_AGREEMENT = Duration.ofMinutes(2);

  private final StackSettings settings;
  private final Optional<StackAccess> access;
  private final List<KafkaNode> brokers;
  private final List<CassandraNode> cassandraNodes;

  private LocalStack(
      StackSettings settings,
      Optional<StackAccess> access,
      List<KafkaNode> brokers,
      List<CassandraNode> cassandraNodes) {
    this.settings = settings;
    this.access = access;
    this.brokers = brokers;
    this.cassandraNodes = cassandraNodes;
  }

  /**
   * Starts one broker and one Cassandra node; when one fails the other is stopped too and the error
   * (with the log tail of the failing one) is thrown.
   *
   * @param provision create the product topics and apply schema.cql from {@code root}
   * @param root project root (for schema.cql); only read when {@code provision}
   */
  public static LocalStack start(StackSettings settings, boolean provision, Path root) {
    return start(settings, 1, provision, root);
  }

  /**
   * Starts {@code nodes} brokers and {@code nodes} Cassandra nodes (1 or 3: a quorum of 3
   * controllers, a ring of 3 nodes), as {@link #start(StackSettings, boolean, Path)} does one.
   */
  public static LocalStack start(StackSettings settings, int nodes, boolean provision, Path root) {
    List<ClusterMember> members = ClusterMember.all(nodes);
    // Check every port before starting anything, so a taken port fails in a second, not after 10.
    for (ClusterMember member : members) {
      KafkaNode.requirePortsFree(settings, member);
      CassandraNode.requirePortsFree(settings, member);
    }
    Optional<StackAccess> access =
        settings.secured()
            ? Optional.of(StackAccess.ensure(settings.secretsDir()))
            : Optional.empty();
    List<KafkaNode> brokers =
        members.stream()
            .map(m -> new KafkaNode(settings, m, access.map(StackAccess::admin)))
            .toList();
    List<CassandraNode> ring = members.stream().map(m -> new CassandraNode(settings, m)).toList();
    LocalStack stack = new LocalStack(settings, access, brokers, ring);
    LOG.info(
        "Starting {} under {}",
        nodes == 1
            ? "Kafka and Cassandra"
            : nodes + " Kafka brokers and " + nodes + " Cassandra nodes",
        settings.home());
    List<CompletableFuture<?>> starts = new ArrayList<>();
    for (KafkaNode broker : brokers) {
      starts.add(CompletableFuture.supplyAsync(broker::start, LocalStack::inNewThread));
    }
    starts.add(
        CompletableFuture.runAsync(
            () -> ring.forEach(CassandraNode::start), LocalStack::inNewThread));
    CompletableFuture<Void> all = CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new));
    try {
      all.join();
      LOG.info("Kafka on {}, Cassandra CQL on {}", stack.kafkaBootstrap(), stack.cqlHostPort());
      if (access.isPresent()) {
        KafkaAccess.apply(stack.kafkaBootstrap(), access.get());
        CassandraAccess.adminSession(stack.cassandraContactPoint(), access.get().admin(), nodes)
            .close();
        LOG.info("Authentication on: credentials in {}", settings.secretsDir());
      }
      if (provision) {
        stack.provision(root);
      }
      return stack;
    } catch (RuntimeException e) {
      // Wait for the other starts to finish too, then stop whatever came up.
      all.exceptionally(t -> null).join();
      stack.close();
      throw unwrap(e);
    }
  }

  /**
   * The common pool has one thread on 2 cores, which would start the servers one after the other.
   */
  private static void inNewThread(Runnable task) {
    Thread thread = new Thread(task, "tweetrade-stack");
    thread.setDaemon(true);
    thread.start();
  }

  private static RuntimeException unwrap(RuntimeException e) {
    if (e instanceof CompletionException && e.getCause() instanceof RuntimeException cause) {
      return cause;
    }
    return e;
  }

  /**
   * Creates the product topics and keyspace tweetdb (idempotent); in a cluster tweetdb gets one
   * replica per node.
   */
  public void provision(Path root) {
    KafkaTopics.createIfMissing(kafkaBootstrap(), adminCredentials(), TopicSpecs.ALL);
    try (CqlSession session = Cql.ddlSession(cassandraContactPoint(), adminCredentials())) {
      Cql.applySchema(session, root, Cql.KEYSPACE);
      if (nodes() > 1) {
        Cql.replicate(session, Cql.KEYSPACE, nodes());
      }
      access.ifPresent(a -> CassandraAccess.applyRoles(session, cassandraContactPoint(), a));
      if (nodes() > 1) {
        // A client's first query may land on any node: each must have every table by then.
        Cql.awaitSchemaAgreement(session, SCHEMA_AGREEMENT);
      }
    }
    LOG.info(
        "Topics {} and keyspace {} ready",
        TopicSpecs.ALL.stream().map(TopicSpecs.TopicSpec::name).toList(),
        Cql.KEYSPACE);
  }

  public StackSettings settings() {
    return settings;
  }

  /** Servers of each kind: 1, or 3 in a cluster. */
  public int nodes() {
    return brokers.size();
  }

  /** Every principal's credentials, when the stack is secured. */
  public Optional<StackAccess> access() {
    return access;
  }

  /**
   * The super user's credentials, when the stack is secured: for the stack's own tools and tests.
   */
  public Optional<Credentials> adminCredentials() {
    return access.map(StackAccess::admin);
  }

  /** "host:port" of every broker, comma-separated. */
  public String kafkaBootstrap() {
    return ClusterMember.addresses(nodes(), settings.kafkaPort());
  }

  /** "host:port" of every Cassandra node, comma-separated. */
  public String cqlHostPort() {
    return ClusterMember.addresses(nodes(), settings.cqlPort());
  }

  /** The first Cassandra node (the ring's seed); the driver finds the others from it. */
  public InetSocketAddress cassandraContactPoint() {
    return cassandraNodes.get(0).contactPoint();
  }

  /** The broker (the stack's own commands; other modules use the methods below). */
  public KafkaNode kafka() {
    return brokers.get(0);
  }

  /** Every broker, by id. */
  public List<KafkaNode> brokers() {
    return brokers;
  }

  /** Every Cassandra node, by id. */
  public List<CassandraNode> cassandraNodes() {
    return cassandraNodes;
  }

  /** Process id of the (first) Kafka broker's JVM. */
  public long kafkaPid() {
    return kafka().process().pid();
  }

  /** Process id of the (first) Cassandra node's JVM. */
  public long cassandraPid() {
    return cassandra().process().pid();
  }

  /** Stops the broker and starts it again on the same port and data (fault injection). */
  public void restartKafka() {
    kafka().close();
    kafka().start();
  }

  /**
   * Stops the Cassandra node; {@link #startCassandra()} brings it back with its data (fault
   * injection).
   */
  public void stopCassandra() {
    cassandra().close();
  }

  /** Starts the Cassandra node stopped by {@link #stopCassandra()}. */
  public void startCassandra() {
    cassandra().start();
  }

  public CassandraNode cassandra() {
    return cassandraNodes.get(0);
  }

  /**
   * Kills broker {@code id} (1..nodes) with SIGKILL and waits until it is gone (node loss); returns
   * its process id. {@link #startBroker} brings it back on its data.
   */
  public long killBroker(int id) throws InterruptedException {
    return kill(brokers.get(id - 1));
  }

  /** Starts broker {@code id} again, on its data, after {@link #killBroker}. */
  public void startBroker(int id) {
    brokers.get(id - 1).start();
  }

  /** As {@link #killBroker}, for Cassandra node {@code id}. */
  public long killCassandraNode(int id) throws InterruptedException {
    return kill(cassandraNodes.get(id - 1));
  }

  /** Starts Cassandra node {@code id} again, on its data; returns once it answers CQL. */
  public void startCassandraNode(int id) {
    cassandraNodes.get(id - 1).start();
  }

  private static long kill(ServerNode node) throws InterruptedException {
    ChildJvm process = node.process();
    process.toHandle().destroyForcibly();
    if (!process.waitFor(Duration.ofSeconds(60))) {
      throw new IllegalStateException(process.name() + " did not die of SIGKILL within 60 s");
    }
    return process.pid();
  }

  /** Every server's process (those started so far), brokers first. */
  public List<ChildJvm> processes() {
    List<ChildJvm> all = new ArrayList<>();
    for (ServerNode node : servers()) {
      if (node.process() != null) all.add(node.process());
    }
    return all;
  }

  private List<ServerNode> servers() {
    List<ServerNode> all = new ArrayList<>(brokers);
    all.addAll(cassandraNodes);
    return all;
  }

  /** Stops every server in parallel and waits until they have exited. */
  @Override
  public void close() {
    CompletableFuture.allOf(
            servers().stream()
                .map(node -> CompletableFuture.runAsync(node::close, LocalStack::inNewThread))
                .toArray(CompletableFuture[]::new))
        .exceptionally(t -> null)
        .join();
    LOG.info("Kafka and Cassandra stopped");
  }
}
