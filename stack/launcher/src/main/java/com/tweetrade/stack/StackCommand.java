package com.tweetrade.stack;

import com.tweetrade.model.settings.SharedSetting;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code bin/tweetrade stack}: runs the real Kafka broker and Cassandra node in the foreground,
 * with the product's topics and keyspace, until Ctrl-C or SIGTERM.
 */
@Command(
    name = "stack",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a real Kafka broker (KRaft) and a real Cassandra 5.0 node on 127.0.0.1, each in its own"
          + " JVM, creates the topics and applies schema.cql, and stops both on Ctrl-C or SIGTERM.",
      "Settings: flags, then env, then conf/tweetrade.properties, then defaults."
    })
public final class StackCommand implements Callable<Integer> {
  @Mixin StackOptions options = new StackOptions();

  public static void main(String[] args) {
    System.exit(new CommandLine(new StackCommand()).execute(args));
  }

  @Override
  public Integer call() throws InterruptedException {
    Path root = ProjectRoot.find();
    StackSettings settings = options.settings();
    PrintStream out = System.out;
    LocalStack stack;
    try {
      stack = LocalStack.start(settings, true, root);
    } catch (RuntimeException e) {
      System.err.println("tweetrade stack: " + e.getMessage());
      return 1;
    }
    printAddresses(out, stack);
    out.println("Press Ctrl-C to stop.");
    // Children are stopped by the launcher's shutdown hook; this thread only watches them.
    ChildJvm dead = awaitFirstExit(stack);
    if (ChildJvm.isShuttingDown()) {
      return 0;
    }
    System.err.println("tweetrade stack: " + dead.exitReport(Readiness.LOG_TAIL_LINES));
    stack.close();
    return 1;
  }

  /** Prints where clients connect; also used by {@code up}. */
  public static void printAddresses(PrintStream out, LocalStack stack) {
    StackSettings settings = stack.settings();
    out.println(
        "Kafka bootstrap:  " + stack.kafkaBootstrap() + "   (" + SharedSetting.KAFKA.env() + ")");
    out.println(
        "Cassandra CQL:    "
            + stack.cqlHostPort()
            + "   ("
            + SharedSetting.CQL.env()
            + "; keyspace "
            + Cql.KEYSPACE
            + ", data center "
            + CassandraNode.DATACENTER
            + ")");
    out.println("Data and logs:    " + settings.home());
    out.println(
        stack.access().isPresent()
            ? "Authentication:   on; one credentials file per part in "
                + settings.secretsDir()
                + " (0600; clients name theirs in TWEETRADE_CREDENTIALS_FILE)"
            : "Authentication:   OFF (TWEETRADE_SECURITY=off): anyone on this machine can read and"
                + " write everything");
  }

  /**
   * Blocks until a broker or Cassandra node exits on its own (during shutdown the JVM halts first).
   */
  static ChildJvm awaitFirstExit(LocalStack stack) throws InterruptedException {
    while (true) {
      for (ChildJvm child : stack.processes()) {
        if (!child.isAlive() || ChildJvm.isShuttingDown()) {
          return child;
        }
      }
      Thread.sleep(Duration.ofSeconds(1).toMillis());
    }
  }
}
