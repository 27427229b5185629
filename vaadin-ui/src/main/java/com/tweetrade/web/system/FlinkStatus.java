package com.tweetrade.web.system;

import org.jspecify.annotations.Nullable;

/**
 * What Flink's REST API said about the job at one sample.
 *
 * @param jobId the running job's id, null when none was found
 * @param decisionP50Ms the rules evaluator's {@code eventToDecisionMs} median (mean of the
 *     subtasks' medians), null until Flink has values
 * @param decisionP99Ms its 99th percentile (the highest subtask's), null until Flink has values
 * @param checkpointMs the end-to-end duration of the latest completed checkpoint, null before one
 * @param problem why there is nothing (Flink unreachable, no running job), null when all is well
 */
public record FlinkStatus(
    @Nullable String jobId,
    @Nullable Double decisionP50Ms,
    @Nullable Double decisionP99Ms,
    @Nullable Long checkpointMs,
    @Nullable String problem) {

  public static FlinkStatus failed(String problem) {
    return new FlinkStatus(null, null, null, null, problem);
  }
}
