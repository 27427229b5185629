package com.tweetrade.stack.flink;

import java.util.List;
import java.util.Optional;

/**
 * How to run an uploaded job jar: {@code POST /jars/:id/run}.
 *
 * @param entryClass main class, or empty for the jar manifest's Main-Class
 * @param parallelism always explicit: the cluster default would silently decide the rescaling
 * @param programArgs arguments of the job's main
 * @param savepointPath savepoint (or retained checkpoint) to restore, or empty for a fresh start
 * @param allowNonRestoredState start even if the savepoint holds state of operators the new jar
 *     lacks
 */
public record JobSubmission(
    Optional<String> entryClass,
    int parallelism,
    List<String> programArgs,
    Optional<String> savepointPath,
    boolean allowNonRestoredState) {

  public JobSubmission {
    if (parallelism < 1) throw new IllegalArgumentException("parallelism must be at least 1");
    programArgs = List.copyOf(programArgs);
  }

  /** A fresh start with the manifest's main class. */
  public static JobSubmission of(int parallelism, List<String> programArgs) {
    return new JobSubmission(Optional.empty(), parallelism, programArgs, Optional.empty(), false);
  }

  /** The same job restored from {@code savepoint} at {@code newParallelism}. */
  public JobSubmission restoredFrom(String savepoint, int newParallelism) {
    return new JobSubmission(
        entryClass, newParallelism, programArgs, Optional.of(savepoint), allowNonRestoredState);
  }
}
