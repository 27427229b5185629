package com.tweetrade.job.migrate;

import java.nio.file.Path;
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

  /** {@code migrate export}: the rules held in {@code savepoint}, as JSON to {@code out}. */
  static int export(Path savepoint, Path out) {
    return run("export", "--savepoint", savepoint.toString(), "--out", out.toString());
  }
}
