package com.tweetrade.job;

import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;

/** The MiniCluster the job's integration tests run on, declared once. */
public final class TestClusters {
  private TestClusters() {}

  /**
   * One TaskManager with {@code slots} slots: 2 for a pipeline at parallelism 2 (STYLE.md, testing
   * pyramid), 1 where a single subtask must see every record.
   */
  public static MiniClusterExtension oneTaskManager(int slots) {
    return new MiniClusterExtension(
        new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(slots)
            .build());
  }
}
