package com.tweetrade.model.tables;

import java.util.Collections;
import java.util.List;

/**
 * One table of {@code schema.cql}: its name as Cassandra stores it (lower case) and its columns in
 * the order of the DDL, with the statements every writer and reader builds from them.
 *
 * <p>{@code schema.cql} is the DDL; {@link Tables} is the one place Java takes table and column
 * names from, and {@code TablesTest} fails when the two differ.
 *
 * @param name table name, lower case
 * @param columns every column, in DDL order
 */
public record CqlTable(String name, List<String> columns) {

  public CqlTable {
    columns = List.copyOf(columns);
  }

  /**
   * The table name, qualified by {@code keyspace} unless that is null or empty (the session's
   * keyspace).
   */
  public String in(String keyspace) {
    return keyspace == null || keyspace.isEmpty() ? name : keyspace + "." + name;
  }

  /** {@code "a, b, c"}: every column in DDL order. */
  public String columnList() {
    return String.join(", ", columns);
  }

  /**
   * {@code INSERT INTO ks.name (every column) VALUES (?, …)}: one bind marker per column, in DDL
   * order.
   */
  public String insert(String keyspace) {
    return "INSERT INTO "
        + in(keyspace)
        + " ("
        + columnList()
        + ") VALUES ("
        + String.join(", ", Collections.nCopies(columns.size(), "?"))
        + ")";
  }

  /**
   * {@code SELECT every column FROM ks.name}, to which the caller may append a {@code WHERE}
   * clause.
   */
  public String selectAll(String keyspace) {
    return "SELECT " + columnList() + " FROM " + in(keyspace);
  }

  /**
   * {@code SELECT every column FROM ks.name WHERE k1 = ? AND k2 = ?}: one bind marker per key
   * column, in the order given.
   */
  public String selectWhere(String keyspace, String... keys) {
    return selectAll(keyspace) + " WHERE " + String.join(" = ? AND ", keys) + " = ?";
  }
}
