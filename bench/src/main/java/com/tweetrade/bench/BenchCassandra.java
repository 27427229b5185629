package com.tweetrade.bench;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.tweetrade.model.access.Credentials;
import com.tweetrade.stack.Cql;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Fresh keyspaces with schema.cql's tables, and their aggregate rows as comparable strings. */
public final class BenchCassandra {
  private final InetSocketAddress contactPoint;
  private final Path root;
  private final Optional<Credentials> credentials;
  private int replicas = 1;

  public BenchCassandra(InetSocketAddress contactPoint, Path root) {
    this(contactPoint, root, Optional.empty());
  }

  /** Signed in with {@code credentials} (the stack's admin) on a secured stack. */
  public BenchCassandra(
      InetSocketAddress contactPoint, Path root, Optional<Credentials> credentials) {
    this.contactPoint = contactPoint;
    this.root = root;
    this.credentials = credentials;
  }

  public InetSocketAddress contactPoint() {
    return contactPoint;
  }

  /** A new keyspace {@code bench_<random>} with every table of schema.cql. */
  /** Copies of every row of the keyspaces made from now on: one per node of a ring. */
  public BenchCassandra withReplicas(int count) {
    this.replicas = count;
    return this;
  }

  public String createKeyspace() {
    String keyspace = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (CqlSession ddl = Cql.ddlSession(contactPoint, credentials)) {
      Cql.applySchema(ddl, root, keyspace);
      if (replicas > 1) Cql.replicate(ddl, keyspace, replicas);
    }
    return keyspace;
  }

  /** Every row of {@code table}, each as its CQL text form, sorted. */
  public List<String> rows(String keyspace, String table) {
    List<String> out = new ArrayList<>();
    try (CqlSession cql = Cql.session(contactPoint, keyspace, credentials)) {
      for (Row r : cql.execute("SELECT * FROM " + table)) out.add(r.getFormattedContents());
    }
    out.sort(null);
    return out;
  }

  /** Every value of a text {@code column} of {@code table}. */
  public List<String> column(String keyspace, String table, String column) {
    List<String> out = new ArrayList<>();
    try (CqlSession cql = Cql.session(contactPoint, keyspace, credentials)) {
      for (Row r : cql.execute("SELECT " + column + " FROM " + table)) out.add(r.getString(0));
    }
    return out;
  }
}
