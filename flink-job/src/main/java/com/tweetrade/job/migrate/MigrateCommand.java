package com.tweetrade.job.migrate;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.rules.RuleEvent;
import java.io.PrintStream;
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
import picocli.CommandLine.Option;

/**
 * {@code bin/tweetrade migrate}: the rules in savepoints of the TweeTrade job, through Flink's State
 * Processor API: export them, bootstrap a savepoint from Cassandra, apply a named migration.
 *
 * <p>Runs the State Processor API jobs in a local environment inside this JVM; savepoint directories
 * are local paths (or any file system URI Flink can read).
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
    description = "Rules in Flink savepoints of the TweeTrade job (State Processor API).",
    subcommands = {MigrateCommand.ListMigrations.class, MigrateCommand.Export.class, MigrateCommand.Bootstrap.class,
        MigrateCommand.Apply.class})
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

  static String json(List<RuleEvent> rules) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < rules.size(); i++) {
      out.append(i == 0 ? "\n  " : ",\n  ").append(JsonCodec.RULE_EVENT.encodeToString(rules.get(i)));
    }
    return out.append(rules.isEmpty() ? "]\n" : "\n]\n").toString();
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the migrations 'apply' knows.")
  static final class ListMigrations implements Callable<Integer> {
    @Override
    public Integer call() {
      for (RuleMigration m : Migrations.ALL) {
        System.out.printf("%s\tv%d\t%s%n", m.name(), m.version(), m.description());
      }
      return 0;
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Print the rules of a savepoint (router's broadcast state) as a JSON array of rule events.")
  static final class Export implements Callable<Integer> {
    @Option(names = "--savepoint", required = true, description = "savepoint directory (path or file:/ URI)")
    String savepoint;

    @Option(names = "--out", description = "JSON file to write (default: stdout)")
    Path out;

    @Override
    public Integer call() throws Exception {
      List<RuleEvent> rules = SavepointRules.read(StreamExecutionEnvironment.getExecutionEnvironment(), location(savepoint));
      if (out == null) {
        System.out.print(json(rules));
      } else {
        Files.writeString(out, json(rules), StandardCharsets.UTF_8);
        System.err.printf("%d rules written to %s%n", rules.size(), out);
      }
      return 0;
    }
  }

  @Command(name = "bootstrap", mixinStandardHelpOptions = true,
      description = "Write a new savepoint whose rule states hold every live rule of Cassandra's userLogic.")
  static final class Bootstrap implements Callable<Integer> {
    @Option(names = "--cql", description = "Cassandra host:port (env TWEETRADE_CQL, default ${DEFAULT-VALUE})",
        defaultValue = "${env:TWEETRADE_CQL:-127.0.0.1:9042}")
    String cql;

    @Option(names = "--keyspace", defaultValue = "tweetdb", description = "keyspace (default ${DEFAULT-VALUE})")
    String keyspace;

    @Option(names = "--out", required = true, description = "directory of the new savepoint (path or URI)")
    String out;

    @Override
    public Integer call() throws Exception {
      int colon = cql.lastIndexOf(':');
      String host = colon < 0 ? cql : cql.substring(0, colon);
      int port = colon < 0 ? 9042 : Integer.parseInt(cql.substring(colon + 1));
      List<RuleEvent> rules = UserLogicRules.read(host, port, keyspace);
      SavepointRules.create(StreamExecutionEnvironment.getExecutionEnvironment(), rules, location(out));
      System.err.printf("savepoint with %d rules written to %s%n", rules.size(), out);
      return 0;
    }
  }

  @Command(name = "apply", mixinStandardHelpOptions = true,
      description = "Apply a named migration to the rules of a savepoint; writes a new savepoint that keeps all"
          + " other state (it refers to the source savepoint's files: keep the source).")
  static final class Apply implements Callable<Integer> {
    @Option(names = "--savepoint", required = true, description = "source savepoint directory (path or file:/ URI)")
    String savepoint;

    @Option(names = "--migration", required = true, description = "migration name (see 'migrate list')")
    String migration;

    @Option(names = "--param", description = "migration parameter key=value (repeatable)")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--out", required = true, description = "directory of the new savepoint (path or URI)")
    String out;

    @Override
    public Integer call() throws Exception {
      RuleMigration m = Migrations.named(migration).orElseThrow(
          () -> new CommandLine.ParameterException(new CommandLine(this), "unknown migration " + migration));
      List<RuleEvent> before = SavepointRules.read(StreamExecutionEnvironment.getExecutionEnvironment(), location(savepoint));
      List<RuleEvent> after = Migrations.applyAll(m, before, params);
      PrintStream log = System.err;
      int changed = 0;
      for (int i = 0; i < before.size(); i++) {
        if (!before.get(i).equals(after.get(i))) {
          changed++;
          log.printf("%s r%d -> r%d: %s%n", after.get(i).ruleId(), before.get(i).revision(), after.get(i).revision(),
              after.get(i).text());
        }
      }
      SavepointRules.rewrite(StreamExecutionEnvironment.getExecutionEnvironment(), location(savepoint), after, location(out));
      log.printf("%s v%d: %d of %d rules changed; savepoint written to %s%n", m.name(), m.version(), changed,
          before.size(), out);
      return 0;
    }
  }
}
