package com.tweetrade.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Parsing Flink 1.20's REST answers, in the shapes of its REST API reference (the fixtures), and
 * what the reader says when nothing listens.
 */
class FlinkRestTest {

  private static JsonNode fixture(String name) throws IOException {
    try (InputStream in = FlinkRestTest.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("no fixture " + name);
      return FlinkRest.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void shouldPickTheRunningJobOfThatNameNotAFinishedOrCancelledOne() throws IOException {
    JsonNode overview = fixture("jobs-overview.json");

    assertThat(FlinkRest.runningJob(overview, "TweeTrade"))
        .contains("5b3e4a2f9c8d7e6f5a4b3c2d1e0f9a8b");
    assertThat(FlinkRest.runningJob(overview, "Rewrite rules of savepoint-1")).isEmpty();
    assertThat(FlinkRest.runningJob(FlinkRest.parse("{\"jobs\":[]}"), "TweeTrade")).isEmpty();
  }

  @Test
  void shouldReadTheLatestCompletedCheckpointsEndToEndDuration() throws IOException {
    assertThat(FlinkRest.latestCheckpointMs(fixture("checkpoints.json"))).hasValue(43);
    assertThat(FlinkRest.latestCheckpointMs(fixture("checkpoints-none.json"))).isEmpty();
  }

  @Test
  void shouldListTheEvaluatorsVertexFirst() throws IOException {
    assertThat(FlinkRest.vertexIds(fixture("job.json"), FlinkRest.EVALUATOR))
        .containsExactly(
            "ea632d67b7d595e5b851708ae9ad79d6",
            "bc764cd8ddf7a0cff126f51c16239658",
            "0a448493b4782967b150582570326227");
  }

  @Test
  void shouldFindTheHistogramByItsSuffix() throws IOException {
    assertThat(FlinkRest.metricId(fixture("vertex-metric-list.json"), "eventToDecisionMs_p99"))
        .contains("Evaluate_Rules.eventToDecisionMs_p99");
    assertThat(FlinkRest.metricId(fixture("vertex-metric-list.json"), "lateEvents")).isEmpty();
  }

  @Test
  void shouldReadEachSubtasksValueLeavingOutTheNaNOfASubtaskThatDecidedNothing()
      throws IOException {
    // As the real job answered: the rules are keyed, subtask 1 decided nothing, and Flink's own
    // aggregation over both subtasks said "NaN" for max and sum.
    JsonNode values = fixture("vertex-metrics-per-subtask.json");

    assertThat(FlinkRest.subtaskValues(values, "Evaluate_Rules.eventToDecisionMs_p99").max())
        .hasValue(464.0);
    assertThat(FlinkRest.subtaskValues(values, "Evaluate_Rules.eventToDecisionMs_median").average())
        .hasValue(35.0);
    assertThat(FlinkRest.parallelism(fixture("job.json"), "ea632d67b7d595e5b851708ae9ad79d6"))
        .isEqualTo(2);
  }

  @Test
  void shouldSayFlinkIsNotReachableWhenNothingListens() {
    // Port 9 (discard) on loopback: nothing listens there on this machine, so it is refused.
    FlinkStatus status =
        new FlinkRest(URI.create("http://127.0.0.1:9"), "TweeTrade", Duration.ofSeconds(2)).read();

    assertThat(status.problem()).startsWith("Flink is not reachable at http://127.0.0.1:9/");
    assertThat(status.jobId()).isNull();
    assertThat(status.checkpointMs()).isNull();
  }
}
