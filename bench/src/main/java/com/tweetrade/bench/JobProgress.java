package com.tweetrade.bench;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;

/**
 * When a fault may be injected: once the job shows progress, so the fault lands in the middle of
 * the run.
 */
final class JobProgress {
  private JobProgress() {}

  /**
   * Waits (at most 5 minutes) until the job has committed quotes offsets at a checkpoint, or
   * written aggregates (which it does without waiting for checkpoints). False if it ended before
   * that.
   */
  static boolean await(
      BenchKafka kafka,
      String group,
      String quotesTopic,
      String aggregatesTopic,
      BooleanSupplier ended)
      throws Exception {
    return await(kafka, group, quotesTopic, aggregatesTopic, ended, false);
  }

  /**
   * As above; with {@code checkpointed} only committed offsets count, so a restart resumes from a
   * checkpoint.
   */
  static boolean await(
      BenchKafka kafka,
      String group,
      String quotesTopic,
      String aggregatesTopic,
      BooleanSupplier ended,
      boolean checkpointed)
      throws Exception {
    try (Admin admin = kafka.admin();
        var consumer = kafka.consumer(false)) {
      var aggregates = BenchKafka.partitions(consumer, aggregatesTopic);
      long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
      while (System.nanoTime() < deadline) {
        if (ended.getAsBoolean()) return false;
        if (kafka.committed(admin, group, quotesTopic) > 0
            || !checkpointed
                && consumer.endOffsets(aggregates).values().stream()
                        .mapToLong(Long::longValue)
                        .sum()
                    > 0) {
          return true;
        }
        Thread.sleep(100);
      }
    }
    return true;
  }
}
