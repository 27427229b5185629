package com.tweetrade.stack;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.tweetrade.model.access.Credentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** CQL sessions (4.x driver) and the project's schema. */
public final class Cql {
  /** Keyspace of the product, as written in schema.cql. */
  public static final String KEYSPACE = "tweetdb";

  /** DDL on a busy 2-core machine takes seconds; the driver's default 2 s is too short. */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

  /**
   * Every read and write of the product: a majority of the replicas in the local data center (one
   * of one on a single node).
   */
  public static final String CONSISTENCY = "LOCAL_QUORUM";

  private Cql() {}

  /**
   * A new session to {@code contactPoint}, optionally bound to {@code keyspace} (null for none).
   * The caller closes it.
   */
  public static CqlSession session(InetSocketAddress contactPoint, String keyspace) {
    return build(contactPoint, keyspace, true, Optional.empty());
  }

  /**
   * Like {@link #session(InetSocketAddress, String)}, signed in with {@code credentials} if any.
   */
  public static CqlSession session(
      InetSocketAddress contactPoint, String keyspace, Optional<Credentials> credentials) {
    return build(contactPoint, keyspace, true, credentials);
  }

  /**
   * A session for applying schema: without schema metadata, which the driver would otherwise
   * re-read after every CREATE. The caller closes it.
   */
  public static CqlSession ddlSession(InetSocketAddress contactPoint) {
    return build(contactPoint, null, false, Optional.empty());
  }

  /** Like {@link #ddlSession(InetSocketAddress)}, signed in with {@code credentials} if any. */
  public static CqlSession ddlSession(
      InetSocketAddress contactPoint, Optional<Credentials> credentials) {
    return build(contactPoint, null, false, credentials);
  }

  private static CqlSession build(
      InetSocketAddress contactPoint,
      String keyspace,
      boolean schemaMetadata,
      Optional<Credentials> credentials) {
    DriverConfigLoader config =
        DriverConfigLoader.programmaticBuilder()
            .withBoolean(DefaultDriverOption.METADATA_SCHEMA_ENABLED, schemaMetadata)
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, REQUEST_TIMEOUT)
            .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(10))
            .withDuration(DefaultDriverOption.CONTROL_CONNECTION_TIMEOUT, Duration.ofSeconds(10))
            .withDuration(DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, REQUEST_TIMEOUT)
            .withDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT, REQUEST_TIMEOUT)
            // A majority of the replicas: on a ring of 3 a read sees every write a node loss ago.
            .withString(DefaultDriverOption.REQUEST_CONSISTENCY, CONSISTENCY)
            .build();
    InetSocketAddress resolved =
        contactPoint.isUnresolved()
            ? new InetSocketAddress(contactPoint.getHostString(), contactPoint.getPort())
            : contactPoint;
    CqlSessionBuilder builder =
        CqlSession.builder()
            .addContactPoint(resolved)
            .withLocalDatacenter(CassandraNode.DATACENTER)
            .withConfigLoader(config);
    if (keyspace != null) {
      builder.withKeyspace(keyspace);
    }
    credentials.ifPresent(c -> builder.withAuthCredentials(c.user(), c.password()));
    return builder.build();
  }

  /** The statements of {@code <root>/schema.cql}. */
  public static List<String> schemaStatements(Path root) {
    Path file = root.resolve(ProjectRoot.MARKER);
    try {
      return CqlScript.statements(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /**
   * Applies schema.cql to {@code keyspace} (its statements use IF NOT EXISTS, so this is
   * idempotent); for any keyspace other than tweetdb the name is replaced in every statement.
   */
  public static void applySchema(CqlSession session, Path root, String keyspace) {
    for (String statement : schemaStatements(root)) {
      String cql =
          KEYSPACE.equals(keyspace) ? statement : CqlScript.renameKeyspace(statement, keyspace);
      session.execute(cql);
    }
  }

  /**
   * Waits until every node of the ring runs the same schema version, so that a client connecting
   * next to any node finds every table; after {@code limit} it fails naming the wait.
   */
  public static void awaitSchemaAgreement(CqlSession session, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!session.checkSchemaAgreement()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "The Cassandra nodes did not agree on one schema version within " + limit);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for schema agreement", e);
      }
    }
  }

  /**
   * Gives {@code keyspace} {@code replicas} copies of every row, unless it has them already. Meant
   * for a new keyspace: rows written before with fewer replicas are only copied by a repair.
   */
  public static void replicate(CqlSession session, String keyspace, int replicas) {
    var row =
        session
            .execute(
                "SELECT replication FROM system_schema.keyspaces WHERE keyspace_name = ?", keyspace)
            .one();
    String factor = Integer.toString(replicas);
    if (row != null
        && factor.equals(
            row.getMap("replication", String.class, String.class).get("replication_factor"))) {
      return;
    }
    session.execute(
        "ALTER KEYSPACE "
            + keyspace
            + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': "
            + replicas
            + "}");
  }
}
