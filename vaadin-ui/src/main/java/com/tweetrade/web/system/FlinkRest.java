package com.tweetrade.web.system;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Reads the job's decision latency and checkpoints from Flink's REST API (the Web UI's port).
 *
 * <p>{@code /jobs/overview} names the running job, {@code /jobs/<id>/checkpoints} its latest
 * completed checkpoint, and the rules evaluator's {@code eventToDecisionMs} histogram is found in
 * the vertex's subtask metrics list and read per subtask ({@code /jobs/<id>/vertices/<v>/metrics}).
 * Flink names a histogram's values {@code <operator>.<name>_median}, {@code _p99} and so on, with
 * the operator's spaces replaced, so the id is looked up by its suffix on the vertices and
 * remembered for the job. Not thread-safe: the monitor calls it from its one sampling thread.
 */
final class FlinkRest {
  static final String DECISION_METRIC = "eventToDecisionMs";

  /** The evaluator's operator name in flink-job's {@code RulesPipeline}: searched first. */
  static final String EVALUATOR = "Evaluate Rules";

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private final URI base;
  private final String jobName;
  private final Duration timeout;
  private final HttpClient http;
  private @Nullable String metricJob;
  private @Nullable String metricVertex;
  private @Nullable String metricBase;
  private int metricParallelism;

  FlinkRest(URI base, String jobName, Duration timeout) {
    this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
    this.jobName = jobName;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /** One reading; never throws: what went wrong is the status's problem. */
  FlinkStatus read() {
    JsonNode overview;
    try {
      overview = get("jobs/overview");
    } catch (IOException e) {
      return FlinkStatus.failed(
          "Flink is not reachable at " + base + " (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FlinkStatus.failed("interrupted");
    }
    Optional<String> job = runningJob(overview, jobName);
    if (job.isEmpty()) {
      return FlinkStatus.failed("no RUNNING job named " + jobName + " on Flink at " + base);
    }
    String id = job.get();
    try {
      Long checkpoint = boxed(latestCheckpointMs(get("jobs/" + id + "/checkpoints")));
      double[] decision = decisionLatency(id);
      return new FlinkStatus(id, boxed(decision[0]), boxed(decision[1]), checkpoint, null);
    } catch (IOException e) {
      return new FlinkStatus(id, null, null, null, "Flink's REST API failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FlinkStatus.failed("interrupted");
    }
  }

  /**
   * Median and p99 in ms, NaN when unknown. Read per subtask, not through Flink's aggregation: the
   * rules are keyed, so a subtask that decided nothing has an empty histogram whose NaN turns
   * Flink's min/max/avg of all subtasks into NaN.
   */
  private double[] decisionLatency(String job) throws IOException, InterruptedException {
    if (!job.equals(metricJob) || metricBase == null) findDecisionMetric(job);
    if (metricBase == null || metricVertex == null) return new double[] {Double.NaN, Double.NaN};
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < metricParallelism; i++) {
      ids.add(i + "." + metricBase + "_median");
      ids.add(i + "." + metricBase + "_p99");
    }
    JsonNode values =
        get(
            "jobs/"
                + job
                + "/vertices/"
                + metricVertex
                + "/metrics?get="
                + URLEncoder.encode(String.join(",", ids), StandardCharsets.UTF_8));
    return new double[] {
      subtaskValues(values, metricBase + "_median").average().orElse(Double.NaN),
      subtaskValues(values, metricBase + "_p99").max().orElse(Double.NaN)
    };
  }

  private void findDecisionMetric(String job) throws IOException, InterruptedException {
    metricJob = job;
    metricVertex = null;
    metricBase = null;
    JsonNode details = get("jobs/" + job);
    for (String vertex : vertexIds(details, EVALUATOR)) {
      Optional<String> id =
          metricId(
              get("jobs/" + job + "/vertices/" + vertex + "/subtasks/metrics"),
              DECISION_METRIC + "_p99");
      if (id.isPresent()) {
        metricVertex = vertex;
        metricParallelism = parallelism(details, vertex);
        metricBase = id.get().substring(0, id.get().length() - "_p99".length());
        return;
      }
    }
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + " from " + request.uri());
    }
    return JSON.readTree(response.body());
  }

  /** Parses a REST answer; for tests, which feed it Flink's documented shapes. */
  static JsonNode parse(String json) throws IOException {
    return JSON.readTree(json);
  }

  /** The id of the RUNNING job called {@code name} in {@code /jobs/overview}. */
  static Optional<String> runningJob(JsonNode overview, String name) {
    for (JsonNode job : overview.path("jobs")) {
      if ("RUNNING".equals(job.path("state").asText()) && name.equals(job.path("name").asText())) {
        return Optional.of(job.path("jid").asText());
      }
    }
    return Optional.empty();
  }

  /** {@code latest.completed.end_to_end_duration} of {@code /jobs/<id>/checkpoints}, in ms. */
  static OptionalLong latestCheckpointMs(JsonNode checkpoints) {
    JsonNode duration = checkpoints.path("latest").path("completed").path("end_to_end_duration");
    return duration.isNumber() ? OptionalLong.of(duration.asLong()) : OptionalLong.empty();
  }

  /** The vertex ids of {@code /jobs/<id>}, those whose name contains {@code first} first. */
  static List<String> vertexIds(JsonNode job, String first) {
    List<String> preferred = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (JsonNode vertex : job.path("vertices")) {
      String id = vertex.path("id").asText();
      (vertex.path("name").asText().contains(first) ? preferred : others).add(id);
    }
    preferred.addAll(others);
    return preferred;
  }

  /** The parallelism of vertex {@code id} in {@code /jobs/<id>}, 1 when not given. */
  static int parallelism(JsonNode job, String id) {
    for (JsonNode vertex : job.path("vertices")) {
      if (id.equals(vertex.path("id").asText()))
        return Math.max(1, vertex.path("parallelism").asInt(1));
    }
    return 1;
  }

  /**
   * The finite values of a vertex's metrics answer ({@code [{"id": "<subtask>.<name>", "value":
   * "..."}]}) whose name is {@code name}; an empty histogram's NaN is left out.
   */
  static java.util.stream.DoubleStream subtaskValues(JsonNode values, String name) {
    List<Double> found = new ArrayList<>();
    for (JsonNode metric : values) {
      String id = metric.path("id").asText();
      if (!id.endsWith("." + name)) continue;
      JsonNode v = metric.path("value");
      double d = v.isNumber() ? v.asDouble() : parseOrNaN(v.asText());
      if (Double.isFinite(d)) found.add(d);
    }
    return found.stream().mapToDouble(Double::doubleValue);
  }

  /** The id in a metric list (items {@code {"id": ...}}) that ends with {@code .suffix}. */
  static Optional<String> metricId(JsonNode metrics, String suffix) {
    for (JsonNode metric : metrics) {
      String id = metric.path("id").asText();
      if (id.equals(suffix) || id.endsWith("." + suffix)) return Optional.of(id);
    }
    return Optional.empty();
  }

  private static double parseOrNaN(String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static @Nullable Long boxed(OptionalLong v) {
    return v.isPresent() ? v.getAsLong() : null;
  }

  private static @Nullable Double boxed(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
