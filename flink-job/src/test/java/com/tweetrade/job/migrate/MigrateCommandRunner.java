package com.tweetrade.job.migrate;

import picocli.CommandLine;

/**
 * Runs {@link MigrateCommand} in-process, as {@code bin/tweetrade migrate} would, returning its
 * exit code.
 */
final class MigrateCommandRunner {
  private MigrateCommandRunner() {}

  static int run(String... args) {
    return new CommandLine(new MigrateCommand()).execute(args);
  }
}
