package com.tweetrade.stack.flink;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A {@code cluster} subcommand that works on a running cluster through its REST API ({@link
 * ClusterCommand#restClient()}).
 *
 * <p>A failure (cluster down, job unknown, savepoint refused) is one line on stderr, {@code
 * tweetrade cluster NAME: why}, and exit code 1, rather than a stack trace.
 */
abstract class RestSubcommand implements Callable<Integer> {
  @ParentCommand ClusterCommand parent;

  @Spec CommandSpec spec;

  @Override
  public final Integer call() {
    try {
      return run(parent.restClient());
    } catch (RuntimeException e) {
      spec.commandLine()
          .getErr()
          .println("tweetrade cluster " + spec.name() + ": " + e.getMessage());
      return 1;
    }
  }

  /** The subcommand's work on the cluster {@code rest} reaches; returns the exit code. */
  abstract int run(FlinkRestClient rest);
}
