package com.tweetrade.stack;

import com.tweetrade.model.Topics;
import com.tweetrade.model.access.Credentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may do what on a secured stack: one Kafka principal and one Cassandra role per part, each
 * with the least it needs, and the stack's own {@code admin}.
 *
 * <p>Credentials are generated at the first start into {@link StackSettings#secretsDir()} (one 0600
 * file per principal, see {@link Credentials}) and kept: a later start reads them and sets the
 * servers' passwords to them again, so deleting a file and restarting rotates that password.
 */
public final class StackAccess {
  /** The stack's own super user: creates topics, schema, the other principals and their grants. */
  public static final String ADMIN = "admin";

  /** One principal per part (named after the part), and their Kafka and Cassandra rights. */
  static final List<Principal> PRINCIPALS =
      List.of(
          new Principal(
              "flink-job",
              List.of(
                  Topics.QUOTES,
                  Topics.TWEETS,
                  Topics.RULES,
                  Topics.ORDER_COMMANDS,
                  Topics.ACCOUNTS),
              List.of(
                  Topics.TRADES,
                  Topics.AGGREGATES,
                  Topics.POSITIONS,
                  Topics.DEAD_LETTERS,
                  Topics.ALERTS),
              List.of(),
              true,
              List.of(
                  "GRANT MODIFY ON TABLE tweetdb.stocktimeseries TO %s",
                  "GRANT MODIFY ON TABLE tweetdb.twitterkeysentiments TO %s",
                  "GRANT MODIFY ON TABLE tweetdb.trades TO %s",
                  "GRANT MODIFY ON TABLE tweetdb.positions TO %s",
                  "GRANT MODIFY ON TABLE tweetdb.equityhistory TO %s",
                  "GRANT MODIFY ON TABLE tweetdb.notifications TO %s",
                  "GRANT MODIFY ON TABLE tweetdb.openorders TO %s")),
          new Principal(
              "vaadin-ui",
              List.of(
                  Topics.RULES, Topics.TRADES, Topics.AGGREGATES, Topics.POSITIONS, Topics.ALERTS),
              List.of(Topics.RULES, Topics.ORDER_COMMANDS, Topics.ACCOUNTS),
              // The System page measures these topics' end offsets; it may not read them.
              List.of(Topics.QUOTES, Topics.TWEETS, Topics.DEAD_LETTERS),
              true,
              List.of(
                  "GRANT SELECT ON KEYSPACE tweetdb TO %s",
                  "GRANT MODIFY ON TABLE tweetdb.usertable TO %s",
                  "GRANT MODIFY ON TABLE tweetdb.userlogic TO %s",
                  "GRANT MODIFY ON TABLE tweetdb.notificationsseen TO %s",
                  "GRANT MODIFY ON TABLE tweetdb.webhooks TO %s",
                  "GRANT MODIFY ON TABLE tweetdb.accounts TO %s")),
          new Principal(
              "quote-simulator",
              List.of(Topics.RULES),
              List.of(Topics.QUOTES, Topics.DEAD_LETTERS),
              List.of(),
              false,
              List.of()),
          new Principal(
              "tweet-ingestor",
              List.of(Topics.RULES, Topics.TWEETS),
              List.of(Topics.TWEETS, Topics.DEAD_LETTERS),
              List.of(),
              false,
              List.of()),
          // Reads alerts in its consumer group (tweetrade-notifier) and writes no topic.
          new Principal(
              "notifier",
              List.of(Topics.ALERTS),
              List.of(),
              List.of(),
              true,
              List.of(
                  "GRANT SELECT ON TABLE tweetdb.webhooks TO %s",
                  "GRANT MODIFY ON TABLE tweetdb.webhookdeliveries TO %s")),
          new Principal(
              "migrate",
              List.of(Topics.RULES),
              List.of(Topics.RULES),
              List.of(),
              false,
              List.of(
                  "GRANT SELECT ON TABLE tweetdb.userlogic TO %s",
                  "GRANT MODIFY ON TABLE tweetdb.userlogic TO %s")));

  /**
   * @param name Kafka principal {@code User:name} and Cassandra role "name"
   * @param reads topics it may read
   * @param writes topics it may write
   * @param describes topics whose metadata and offsets it may read, but not their records
   * @param groupsAndTransactions may use consumer groups and transactional ids starting with
   *     "tweetrade"
   * @param cqlGrants Cassandra GRANT statements, {@code %s} standing for the quoted role
   */
  record Principal(
      String name,
      List<String> reads,
      List<String> writes,
      List<String> describes,
      boolean groupsAndTransactions,
      List<String> cqlGrants) {}

  private final Path dir;
  private final Map<String, Credentials> credentials;

  private StackAccess(Path dir, Map<String, Credentials> credentials) {
    this.dir = dir;
    this.credentials = credentials;
  }

  /** Reads the credentials under {@code secretsDir}, generating the missing ones. */
  public static StackAccess ensure(Path secretsDir) {
    Map<String, Credentials> all = new LinkedHashMap<>();
    all.put(ADMIN, ensureOne(secretsDir, ADMIN, Credentials.PLAIN));
    for (Principal principal : PRINCIPALS) {
      all.put(principal.name(), ensureOne(secretsDir, principal.name(), Credentials.SCRAM));
    }
    return new StackAccess(secretsDir, all);
  }

  private static Credentials ensureOne(Path dir, String user, String mechanism) {
    Path file = fileOf(dir, user);
    if (Files.isRegularFile(file)) {
      return Credentials.read(file);
    }
    Credentials generated = Credentials.generate(user, mechanism);
    generated.write(file);
    return generated;
  }

  /** The credentials file of {@code user} under {@code secretsDir}. */
  public static Path fileOf(Path secretsDir, String user) {
    return secretsDir.resolve(user + ".properties");
  }

  /** The stack's super user. */
  public Credentials admin() {
    return credentials.get(ADMIN);
  }

  /** The credentials of a part, if the stack knows that part. */
  public Optional<Credentials> of(String part) {
    return Optional.ofNullable(credentials.get(part));
  }

  /** The credentials file of a part, if the stack knows that part. */
  public Optional<Path> fileFor(String part) {
    return of(part).map(c -> fileOf(dir, part));
  }

  Map<String, Credentials> all() {
    return credentials;
  }

  /** Cassandra's double-quoted identifier for a role name ("flink-job" has a dash). */
  static String quotedRole(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
