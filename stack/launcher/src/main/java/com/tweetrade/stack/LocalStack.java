package com.tweetrade.stack;

import com.datastax.oss.driver.api.core.CqlSession;
import com.tweetrade.model.access.Credentials;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka broker and a real Cassandra node on 127.0.0.1, each in its own JVM.
 *
 * <p>Both start in parallel (Cassandra is the slow one). With {@code provision}, the product's
 * topics ({@link TopicSpecs}) and {@code schema.cql} (keyspace tweetdb) are created idempotently.
 * {@link #close()} stops both and waits for them to exit.
 */
public final class LocalStack implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);

  private final StackSettings settings;
  private final Optional<StackAccess> access;
  private final KafkaNode kafka;
  private final CassandraNode cassandra;

  private LocalStack(
      StackSettings settings,
      Optional<StackAccess> access,
      KafkaNode kafka,
      CassandraNode cassandra) {
    this.settings = settings;
    this.access = access;
    this.kafka = kafka;
    this.cassandra = cassandra;
  }

  /**
   * Starts both servers; when one fails the other is stopped too and the error (with the log tail
   * of the failing one) is thrown.
   *
   * @param provision create the product topics and apply schema.cql from {@code root}
   * @param root project root (for schema.cql); only read when {@code provision}
   */
  public static LocalStack start(StackSettings settings, boolean provision, Path root) {
    // Check every port before starting anything, so a taken port fails in a second, not after 10.
    KafkaNode.requirePortsFree(settings);
    CassandraNode.requirePortsFree(settings);

    Optional<StackAccess> access =
        settings.secured()
            ? Optional.of(StackAccess.ensure(settings.secretsDir()))
            : Optional.empty();
    KafkaNode kafka = new KafkaNode(settings, access.map(StackAccess::admin));
    CassandraNode cassandra = new CassandraNode(settings);
    LocalStack stack = new LocalStack(settings, access, kafka, cassandra);
    LOG.info("Starting Kafka and Cassandra under {}", settings.home());
    CompletableFuture<KafkaNode> kafkaStarted =
        CompletableFuture.supplyAsync(kafka::start, LocalStack::inNewThread);
    CompletableFuture<CassandraNode> cassandraStarted =
        CompletableFuture.supplyAsync(cassandra::start, LocalStack::inNewThread);
    try {
      CompletableFuture.allOf(kafkaStarted, cassandraStarted).join();
      LOG.info(
          "Kafka on {}, Cassandra CQL on {}", settings.kafkaBootstrap(), settings.cqlHostPort());
      if (access.isPresent()) {
        KafkaAccess.apply(settings.kafkaBootstrap(), access.get());
        CassandraAccess.adminSession(cassandra.contactPoint(), access.get().admin()).close();
        LOG.info("Authentication on: credentials in {}", settings.secretsDir());
      }
      if (provision) {
        stack.provision(root);
      }
      return stack;
    } catch (RuntimeException e) {
      // Wait for the other start to finish too, then stop whatever came up.
      CompletableFuture.allOf(kafkaStarted, cassandraStarted).exceptionally(t -> null).join();
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

  /** Creates the product topics and keyspace tweetdb (idempotent). */
  public void provision(Path root) {
    KafkaTopics.createIfMissing(kafkaBootstrap(), adminCredentials(), TopicSpecs.ALL);
    try (CqlSession session = Cql.ddlSession(cassandraContactPoint(), adminCredentials())) {
      Cql.applySchema(session, root, Cql.KEYSPACE);
      access.ifPresent(a -> CassandraAccess.applyRoles(session, cassandraContactPoint(), a));
    }
    LOG.info(
        "Topics {} and keyspace {} ready",
        TopicSpecs.ALL.stream().map(TopicSpecs.TopicSpec::name).toList(),
        Cql.KEYSPACE);
  }

  public StackSettings settings() {
    return settings;
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

  public String kafkaBootstrap() {
    return settings.kafkaBootstrap();
  }

  public InetSocketAddress cassandraContactPoint() {
    return cassandra.contactPoint();
  }

  /** The broker (the stack's own commands; other modules use the methods below). */
  public KafkaNode kafka() {
    return kafka;
  }

  /** Process id of the Kafka broker's JVM. */
  public long kafkaPid() {
    return kafka.process().pid();
  }

  /** Process id of the Cassandra node's JVM. */
  public long cassandraPid() {
    return cassandra.process().pid();
  }

  /** Stops the broker and starts it again on the same port and data (fault injection). */
  public void restartKafka() {
    kafka.close();
    kafka.start();
  }

  /**
   * Stops the Cassandra node; {@link #startCassandra()} brings it back with its data (fault
   * injection).
   */
  public void stopCassandra() {
    cassandra.close();
  }

  /** Starts the Cassandra node stopped by {@link #stopCassandra()}. */
  public void startCassandra() {
    cassandra.start();
  }

  public CassandraNode cassandra() {
    return cassandra;
  }

  /** Stops both servers in parallel and waits until they have exited. */
  @Override
  public void close() {
    CompletableFuture<Void> kafkaStopped =
        CompletableFuture.runAsync(kafka::close, LocalStack::inNewThread);
    CompletableFuture<Void> cassandraStopped =
        CompletableFuture.runAsync(cassandra::close, LocalStack::inNewThread);
    CompletableFuture.allOf(kafkaStopped, cassandraStopped).exceptionally(t -> null).join();
    LOG.info("Kafka and Cassandra stopped");
  }
}
