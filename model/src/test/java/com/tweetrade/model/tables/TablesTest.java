package com.tweetrade.model.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Tables} says what {@code schema.cql} creates: the same tables, the same columns in the
 * same order.
 */
class TablesTest {
  private static final Pattern CREATE =
      Pattern.compile(
          "CREATE TABLE IF NOT EXISTS tweetdb\\.(\\w+) \\((.*?)\\)\\s*(WITH[^;]*)?;",
          Pattern.DOTALL);
  private static final Pattern ALTER_ADD =
      Pattern.compile("ALTER TABLE IF EXISTS tweetdb\\.(\\w+) ADD IF NOT EXISTS (\\w+) ");

  @Test
  void shouldNameEveryTableAndColumnOfSchemaCql() throws IOException {
    Map<String, List<String>> ddl = tablesOf(Files.readString(schemaCql()));

    Map<String, List<String>> java = new LinkedHashMap<>();
    for (CqlTable t : Tables.ALL) java.put(t.name(), t.columns());

    assertThat(java).isEqualTo(ddl);
  }

  @Test
  void shouldBuildStatementsFromTheColumnsInDdlOrder() {
    assertThat(Tables.Positions.TABLE.insert("ks"))
        .isEqualTo(
            "INSERT INTO ks.positions (user_id, ticker, quantity, avg_cost_cents,"
                + " realised_pnl_cents, last_price_cents, unrealised_pnl_cents, updated_at) VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?)");
    assertThat(Tables.UserLogic.TABLE.selectAll(null))
        .isEqualTo(
            "SELECT user_id, rule_id, rule_text, paused, deleted, revision, created_at, updated_at,"
                + " publish_pending, expires_at FROM userlogic");
    assertThat(Tables.OpenOrders.TABLE.selectWhere(null, "user_id", "order_id"))
        .isEqualTo(Tables.OpenOrders.TABLE.selectAll(null) + " WHERE user_id = ? AND order_id = ?");
    assertThat(Tables.Users.TABLE.selectWhere("ks", "username"))
        .isEqualTo(Tables.Users.TABLE.selectAll("ks") + " WHERE username = ?");
    assertThat(Tables.UserLogic.markPublished("tweetdb"))
        .isEqualTo(
            "UPDATE tweetdb.userlogic SET publish_pending = false WHERE user_id = ? AND rule_id = ?"
                + " IF revision = ?");
  }

  /**
   * Table name (lower case, as Cassandra stores it) → columns in DDL order, ALTER-added ones last.
   */
  static Map<String, List<String>> tablesOf(String cql) {
    String text = cql.replaceAll("--[^\n]*", "");
    Map<String, List<String>> tables = new LinkedHashMap<>();
    Matcher create = CREATE.matcher(text);
    while (create.find()) {
      List<String> columns = new ArrayList<>();
      for (String line : create.group(2).split(",\\s*\n")) {
        String column = line.strip().split("\\s+")[0];
        if (!column.isEmpty() && !column.equalsIgnoreCase("PRIMARY"))
          columns.add(column.toLowerCase(Locale.ROOT));
      }
      tables.put(create.group(1).toLowerCase(Locale.ROOT), columns);
    }
    Matcher alter = ALTER_ADD.matcher(text);
    while (alter.find()) {
      List<String> columns = tables.get(alter.group(1).toLowerCase(Locale.ROOT));
      String column = alter.group(2).toLowerCase(Locale.ROOT);
      if (!columns.contains(column)) columns.add(column);
    }
    return tables;
  }

  private static Path schemaCql() {
    String root = System.getProperty("tweetrade.root");
    for (Path dir = Path.of(root == null ? "" : root).toAbsolutePath();
        dir != null;
        dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("schema.cql"))) return dir.resolve("schema.cql");
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("schema.cql"))) return dir.resolve("schema.cql");
    }
    throw new IllegalStateException(
        "schema.cql not found above -Dtweetrade.root=" + root + " or the working directory");
  }
}
