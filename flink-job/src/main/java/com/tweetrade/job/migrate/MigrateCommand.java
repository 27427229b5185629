package com.tweetrade.job.migrate;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Topics;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.StoredRule;
import com.tweetrade.model.settings.CqlContactPoints;
import com.tweetrade.model.settings.CqlOption;
import com.tweetrade.model.settings.KafkaOption;
import com.tweetrade.model.settings.Settings;
import com.tweetrade.model.tables.Tables;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bin/tweetrade migrate}: the rules in savepoints of the TweeTrade job, through Flink's
 * State Processor API: export them, bootstrap a savepoint from Cassandra, apply a named migration.
 *
 * <p>Runs the State Processor API jobs in a local environment inside this JVM; savepoint
 * directories are local paths (or any file system URI Flink can read).
 */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = "Rules in Flink savepoints of the TweeTrade job (State Processor API).",
    subcommands = {
      MigrateCommand.ListMigrations.class,
      MigrateCommand.Export.class,
      MigrateCommand.Bootstrap.class,
      MigrateCommand.Apply.class
    })
public final class MigrateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new MigrateCommand()).execute(args));
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(System.err);
    return 2;
  }

  /**
   * A savepoint location as Flink wants it: URIs (what {@code cluster savepoint} prints, e.g.
   * {@code file:/…/savepoint-…}) as given, local paths made absolute {@code file://} URIs.
   */
  static String location(String pathOrUri) {
    if (pathOrUri.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:/.*")) return pathOrUri;
    return Path.of(pathOrUri).toAbsolutePath().normalize().toUri().toString();
  }

  /**
   * The first contact point of {@code --cql}, else of the shared settings (the driver finds the
   * rest of a ring from it); a missing port means 9042.
   */
  public static InetSocketAddress contactPoint(CqlOption cql, Settings settings) {
    return CqlContactPoints.parse(cql.resolve(settings)).get(0);
  }

  /** Where Cassandra's {@code userLogic} is: {@code --cql} (else the shared settings), keyspace. */
  static final class UserLogicOptions {
    @Mixin CqlOption cql = new CqlOption();

    @Option(
        names = "--keyspace",
        defaultValue = Tables.KEYSPACE,
        description = "keyspace (default ${DEFAULT-VALUE})")
    String keyspace;

    InetSocketAddress contactPoint() {
      return MigrateCommand.contactPoint(cql, Settings.load());
    }
  }

  static String json(List<RuleEvent> rules) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < rules.size(); i++) {
      out.append(i == 0 ? "\n  " : ",\n  ")
          .append(JsonCodec.RULE_EVENT.encodeToString(rules.get(i)));
    }
    return out.append(rules.isEmpty() ? "]\n" : "\n]\n").toString();
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the migrations 'apply' knows.")
  static final class ListMigrations implements Callable<Integer> {
    @Override
    public Integer call() {
      for (RuleMigration m : Migrations.ALL) {
        System.out.printf(
            "%s\tv%d\t%s%n", m.about().name(), m.about().version(), m.about().description());
      }
      return 0;
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description =
          "Print the rules of a savepoint (router's broadcast state) as a JSON array of rule"
              + " events.")
  static final class Export implements Callable<Integer> {
    @Option(
        names = "--savepoint",
        required = true,
        description = "savepoint directory (path or file:/ URI)")
    String savepoint;

    @Option(names = "--out", description = "JSON file to write (default: stdout)")
    Path out;

    @Override
    public Integer call() throws Exception {
      List<RuleEvent> rules =
          SavepointRules.read(
              StreamExecutionEnvironment.getExecutionEnvironment(), location(savepoint));
      if (out == null) {
        System.out.print(json(rules));
      } else {
        Files.writeString(out, json(rules), StandardCharsets.UTF_8);
        System.err.printf("%d rules written to %s%n", rules.size(), out);
      }
      return 0;
    }
  }

  @Command(
      name = "bootstrap",
      mixinStandardHelpOptions = true,
      description =
          "Write a new savepoint whose rule states hold every live rule of Cassandra's userLogic.")
  static final class Bootstrap implements Callable<Integer> {
    @Mixin UserLogicOptions userLogic = new UserLogicOptions();

    @Option(
        names = "--out",
        required = true,
        description = "directory of the new savepoint (path or URI)")
    String out;

    @Override
    public Integer call() throws Exception {
      InetSocketAddress contact = userLogic.contactPoint();
      List<RuleEvent> rules =
          UserLogicRules.read(contact.getHostString(), contact.getPort(), userLogic.keyspace);
      SavepointRules.create(
          StreamExecutionEnvironment.getExecutionEnvironment(), rules, location(out));
      System.err.printf("savepoint with %d rules written to %s%n", rules.size(), out);
      return 0;
    }
  }

  @Command(
      name = "apply",
      mixinStandardHelpOptions = true,
      description =
          "Apply a named migration to the rules of a savepoint; writes a new savepoint that keeps"
              + " all other state (it refers to the source savepoint's files: keep the source),"
              + " then writes the changed rules to Cassandra's userLogic and the rules topic at"
              + " their new revision (--no-republish: not).")
  static final class Apply implements Callable<Integer> {
    @Option(
        names = "--savepoint",
        required = true,
        description = "source savepoint directory (path or file:/ URI)")
    String savepoint;

    @Option(
        names = "--migration",
        required = true,
        description = "migration name (see 'migrate list')")
    String migration;

    @Option(names = "--param", description = "migration parameter key=value (repeatable)")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(
        names = "--out",
        description = "directory of the new savepoint (path or URI); required unless --dry-run")
    String out;

    @Option(
        names = "--dry-run",
        description = "print what would change; write no savepoint, row or event")
    boolean dryRun;

    @Option(
        names = "--republish",
        negatable = true,
        defaultValue = "true",
        fallbackValue = "true",
        description =
            "write changed rules to userLogic and the rules topic (default: ${DEFAULT-VALUE})")
    boolean republish;

    @Mixin UserLogicOptions userLogic = new UserLogicOptions();

    @Mixin KafkaOption kafka = new KafkaOption();

    @Option(
        names = "--rules-topic",
        defaultValue = Topics.RULES,
        description = "rules topic (default ${DEFAULT-VALUE})")
    String rulesTopic;

    @Override
    public Integer call() throws Exception {
      RuleMigration m =
          Migrations.named(migration)
              .orElseThrow(
                  () ->
                      new CommandLine.ParameterException(
                          new CommandLine(this), "unknown migration " + migration));
      if (out == null && !dryRun)
        throw new CommandLine.ParameterException(new CommandLine(this), "--out is required");
      PrintStream log = System.err;
      List<RuleEvent> held =
          SavepointRules.read(
              StreamExecutionEnvironment.getExecutionEnvironment(), location(savepoint));
      try (RulesRepublisher republisher = republish ? republisher() : null) {
        Map<String, StoredRule> stored =
            republisher == null ? Map.of() : republisher.stored(userLogic.keyspace);
        MigrationPlan plan = MigrationPlan.of(m, params, held, stored);
        plan.notes().forEach(log::println);
        for (MigrationPlan.Change c : plan.changes()) {
          log.printf(
              "%s r%d -> r%d (schema %d -> %d): %s%n",
              c.after().ruleId(),
              c.before().revision(),
              c.after().revision(),
              c.before().schemaVersion(),
              c.after().schemaVersion(),
              c.after().text());
        }
        log.printf(
            "%s v%d: %d of %d rules change%n",
            m.about().name(), m.about().version(), plan.changes().size(), held.size());
        if (dryRun) {
          log.println("dry run: nothing written");
          return 0;
        }
        SavepointRules.rewrite(
            StreamExecutionEnvironment.getExecutionEnvironment(),
            location(savepoint),
            plan.savepointRules(),
            location(out));
        log.printf("savepoint written to %s%n", out);
        return republisher == null ? 0 : republishAll(republisher, plan, log);
      }
    }

    private RulesRepublisher republisher() {
      InetSocketAddress contact = userLogic.contactPoint();
      return new RulesRepublisher(
          contact.getHostString(),
          contact.getPort(),
          userLogic.keyspace,
          kafka.resolve(Settings.load()),
          rulesTopic);
    }

    /**
     * 0 when every change reached userLogic and the topic, 1 when a row changed meanwhile
     * (reported).
     */
    private int republishAll(RulesRepublisher republisher, MigrationPlan plan, PrintStream log)
        throws Exception {
      int conflicts = 0;
      for (MigrationPlan.Change c : plan.changes()) {
        if (!republisher.republish(c.after(), c.stored())) {
          conflicts++;
          log.printf(
              "%s: userLogic changed while migrating; not republished (run apply again on the"
                  + " source)%n",
              c.after().ruleId());
        }
      }
      log.printf(
          "%d rules republished to %s.userlogic and topic %s%n",
          plan.changes().size() - conflicts, userLogic.keyspace, rulesTopic);
      return conflicts == 0 ? 0 : 1;
    }
  }
}
