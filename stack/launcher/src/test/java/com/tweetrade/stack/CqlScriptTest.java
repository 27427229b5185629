package com.tweetrade.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CqlScriptTest {
  @Test
  void shouldSplitOnSemicolonsAndDropComments() {
    String script =
        """
        -- header; with a semicolon
        CREATE KEYSPACE IF NOT EXISTS tweetdb WITH replication = {'class': 'SimpleStrategy'};
        // another comment
        CREATE TABLE a (x int PRIMARY KEY); /* block; comment */ CREATE TABLE b (y int PRIMARY KEY)
        """;

    assertThat(CqlScript.statements(script))
        .containsExactly(
            "CREATE KEYSPACE IF NOT EXISTS tweetdb WITH replication = {'class': 'SimpleStrategy'}",
            "CREATE TABLE a (x int PRIMARY KEY)",
            "CREATE TABLE b (y int PRIMARY KEY)");
  }

  @Test
  void shouldKeepSemicolonsAndDashesInsideQuotes() {
    List<String> statements =
        CqlScript.statements(
            "INSERT INTO t (a) VALUES ('x;y -- not a comment');\n"
                + "INSERT INTO \"T;2\" (a) VALUES ('it''s');");

    assertThat(statements)
        .containsExactly(
            "INSERT INTO t (a) VALUES ('x;y -- not a comment')",
            "INSERT INTO \"T;2\" (a) VALUES ('it''s')");
  }

  @Test
  void shouldIgnoreEmptyStatements() {
    assertThat(CqlScript.statements(";;\n-- only a comment\n;")).isEmpty();
  }

  @Test
  void shouldRenameTheKeyspaceAsAWholeWordOnly() {
    assertThat(
            CqlScript.renameKeyspace(
                "CREATE TABLE IF NOT EXISTS tweetdb.trades (tweetdb_id int)", "it_1"))
        .isEqualTo("CREATE TABLE IF NOT EXISTS it_1.trades (tweetdb_id int)");
  }

  @Test
  void shouldSplitTheProjectSchemaIntoIdempotentStatements() {
    List<String> statements = Cql.schemaStatements(ProjectRoot.find());

    // The schema is applied at every start, so each statement must be safe to run again.
    assertThat(statements)
        .hasSizeGreaterThanOrEqualTo(6)
        .allMatch(
            s ->
                s.startsWith("CREATE ") && s.contains(" IF NOT EXISTS ")
                    || s.startsWith("ALTER TABLE IF EXISTS ") && s.contains(" ADD IF NOT EXISTS "));
    assertThat(statements.get(0)).startsWith("CREATE KEYSPACE IF NOT EXISTS tweetdb");
    assertThat(statements).noneMatch(s -> s.contains("--"));
  }
}
