package com.tweetrade.stack.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The few calls of Flink's REST API that operating the job needs: task managers, jar upload and
 * run, job state, savepoints (with or without stopping), cancel.
 *
 * <p>Works against a standalone session cluster and, except for the jar calls, against the local
 * MiniCluster of {@code bin/tweetrade job --local}, which serves the same API.
 */
public final class FlinkRestClient {
  /** Tries of a stop-with-savepoint before giving up (the job keeps running after a failed one). */
  private static final int SAVEPOINT_ATTEMPTS = 3;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final String baseUrl;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  /**
   * @param baseUrl e.g. "http://127.0.0.1:8081"
   */
  public FlinkRestClient(String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** A job as {@code /jobs/overview} lists it. */
  public record JobSummary(String id, String name, String state, long startTime) {}

  /** Cluster totals from {@code /overview}. */
  public record Overview(
      String flinkVersion, int taskManagers, int slotsTotal, int slotsAvailable, int jobsRunning) {}

  /** True when the REST endpoint answers. */
  public boolean isUp() {
    try {
      get("/config");
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  public Overview overview() {
    JsonNode o = get("/overview");
    return new Overview(
        o.path("flink-version").asText(),
        o.path("taskmanagers").asInt(),
        o.path("slots-total").asInt(),
        o.path("slots-available").asInt(),
        o.path("jobs-running").asInt());
  }

  /** The JobManager's effective configuration (file plus dynamic properties), key to value. */
  public java.util.Map<String, String> jobManagerConfig() {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    for (JsonNode e : get("/jobmanager/config"))
      out.put(e.path("key").asText(), e.path("value").asText());
    return out;
  }

  /** Number of TaskManagers registered with the JobManager. */
  public int taskManagerCount() {
    return get("/taskmanagers").path("taskmanagers").size();
  }

  /** Uploads a job jar; returns its id on the cluster (for {@link #runJar}). */
  public String uploadJar(Path jar) {
    String boundary = "tweetrade-" + UUID.randomUUID();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"jarfile\"; filename=\""
                + jar.getFileName()
                + "\"\r\nContent-Type: application/x-java-archive\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    try {
      byte[] body = Files.readAllBytes(jar);
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(baseUrl + "/jars/upload"))
              .timeout(Duration.ofMinutes(5))
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, body, tail)))
              .build();
      String filename = send(request, "POST /jars/upload").path("filename").asText();
      return Path.of(filename).getFileName().toString();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the job jar " + jar, e);
    }
  }

  /** Runs an uploaded jar's main class in the JobManager; returns the job id. */
  public String runJar(String jarId, JobSubmission submission) {
    ObjectNode body = JSON.createObjectNode();
    submission.entryClass().ifPresent(c -> body.put("entryClass", c));
    body.put("parallelism", submission.parallelism());
    body.set("programArgsList", JSON.valueToTree(submission.programArgs()));
    submission.savepointPath().ifPresent(p -> body.put("savepointPath", p));
    body.put("allowNonRestoredState", submission.allowNonRestoredState());
    return post("/jars/" + jarId + "/run", body).path("jobid").asText();
  }

  /** Every job the cluster knows, newest first. */
  public List<JobSummary> jobs() {
    List<JobSummary> out = new ArrayList<>();
    for (JsonNode j : get("/jobs/overview").path("jobs")) {
      out.add(
          new JobSummary(
              j.path("jid").asText(),
              j.path("name").asText(),
              j.path("state").asText(),
              j.path("start-time").asLong()));
    }
    out.sort((a, b) -> Long.compare(b.startTime(), a.startTime()));
    return out;
  }

  /** The job's state, e.g. RUNNING, FINISHED, CANCELED, FAILED. */
  public String jobState(String jobId) {
    return get("/jobs/" + jobId).path("state").asText();
  }

  /** The job's parallelism per operator chain (vertex name to parallelism). */
  public java.util.Map<String, Integer> vertexParallelism(String jobId) {
    java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
    for (JsonNode v : get("/jobs/" + jobId).path("vertices")) {
      out.put(v.path("name").asText(), v.path("parallelism").asInt());
    }
    return out;
  }

  /**
   * Waits until the job runs and every task runs or has finished (a savepoint needs running tasks;
   * finished ones are fine since Flink checkpoints after tasks finish, and a bounded source such as
   * the rules read at job start finishes early); fails early when the job ends, with the root
   * exception.
   */
  public void awaitRunning(String jobId, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      JsonNode job = get("/jobs/" + jobId);
      String state = job.path("state").asText();
      if (isTerminal(state)) {
        throw new IllegalStateException(
            "Job " + jobId + " is " + state + " instead of running: " + rootException(jobId));
      }
      boolean allRunning = state.equals("RUNNING") && job.path("vertices").size() > 0;
      boolean anyRunning = false;
      for (JsonNode v : job.path("vertices")) {
        String status = v.path("status").asText();
        allRunning &= status.equals("RUNNING") || status.equals("FINISHED");
        anyRunning |= status.equals("RUNNING");
      }
      allRunning &= anyRunning;
      if (allRunning) return;
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "Job "
                + jobId
                + " did not run all its tasks within "
                + timeout.toSeconds()
                + " s (state "
                + state
                + ")");
      }
      sleep(Duration.ofMillis(500));
    }
  }

  /** Waits until the job reached a terminal state; returns it. */
  public String awaitTerminal(String jobId, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      String state = jobState(jobId);
      if (isTerminal(state)) return state;
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "Job " + jobId + " still " + state + " after " + timeout.toSeconds() + " s");
      }
      sleep(Duration.ofMillis(500));
    }
  }

  /**
   * Stops the job with a savepoint in {@code targetDirectory} (the cluster's state.savepoints.dir
   * when null) and returns the savepoint's path. Without draining: windows stay open in the
   * savepoint instead of firing early, so a restored job carries on where this one stopped.
   */
  public String stopWithSavepoint(String jobId, String targetDirectory, Duration timeout) {
    ObjectNode body = JSON.createObjectNode();
    if (targetDirectory != null) body.put("targetDirectory", targetDirectory);
    body.put("drain", false);
    for (int attempt = 1; ; attempt++) {
      String trigger = post("/jobs/" + jobId + "/stop", body).path("request-id").asText();
      try {
        String location = awaitSavepoint(jobId, trigger, timeout);
        awaitTerminal(jobId, timeout);
        return location;
      } catch (SavepointFailedException e) {
        // A savepoint can fail for a passing reason: "Task local checkpoint failure" when a bounded
        // source (the rules read at job start) finishes just as the savepoint reaches it. The
        // failed
        // stop restarts the job's tasks, so wait until they run again before the next attempt.
        if (attempt == SAVEPOINT_ATTEMPTS || isTerminal(jobState(jobId))) throw e;
        sleep(Duration.ofSeconds(2));
        awaitRunning(jobId, timeout);
      }
    }
  }

  /** A savepoint Flink reports as failed (not one that took too long). */
  public static final class SavepointFailedException extends IllegalStateException {
    SavepointFailedException(String message) {
      super(message);
    }
  }

  /** Takes a savepoint and leaves the job running; returns the savepoint's path. */
  public String triggerSavepoint(String jobId, String targetDirectory, Duration timeout) {
    ObjectNode body = JSON.createObjectNode();
    if (targetDirectory != null) body.put("target-directory", targetDirectory);
    body.put("cancel-job", false);
    String trigger = post("/jobs/" + jobId + "/savepoints", body).path("request-id").asText();
    return awaitSavepoint(jobId, trigger, timeout);
  }

  /** Cancels the job (no savepoint) and waits until it is gone. */
  public void cancel(String jobId, Duration timeout) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/jobs/" + jobId + "?mode=cancel"))
            .timeout(REQUEST_TIMEOUT)
            .method("PATCH", HttpRequest.BodyPublishers.noBody())
            .build();
    send(request, "PATCH /jobs/" + jobId);
    awaitTerminal(jobId, timeout);
  }

  /** The job's root exception, or "(none)". */
  public String rootException(String jobId) {
    try {
      JsonNode ex = get("/jobs/" + jobId + "/exceptions");
      String text = ex.path("root-exception").asText("");
      return text.isBlank() ? "(none)" : firstLines(text, 30);
    } catch (RuntimeException e) {
      return "(cannot read: " + e.getMessage() + ")";
    }
  }

  private String awaitSavepoint(String jobId, String triggerId, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      JsonNode status = get("/jobs/" + jobId + "/savepoints/" + triggerId);
      if (status.path("status").path("id").asText().equals("COMPLETED")) {
        JsonNode operation = status.path("operation");
        if (operation.has("location")) return operation.path("location").asText();
        throw new SavepointFailedException(
            "Savepoint of job "
                + jobId
                + " failed: "
                + firstLines(
                    operation
                        .path("failure-cause")
                        .path("stack-trace")
                        .asText(operation.toString()),
                    30));
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "Savepoint of job " + jobId + " not done within " + timeout.toSeconds() + " s");
      }
      sleep(Duration.ofMillis(500));
    }
  }

  static boolean isTerminal(String state) {
    return switch (state) {
      case "FINISHED", "CANCELED", "FAILED", "SUSPENDED" -> true;
      default -> false;
    };
  }

  private JsonNode get(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT).GET().build(),
        "GET " + path);
  }

  private JsonNode post(String path, JsonNode body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    return send(request, "POST " + path);
  }

  private JsonNode send(HttpRequest request, String what) {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(
          "Flink REST "
              + what
              + " at "
              + baseUrl
              + " failed: "
              + e
              + " (is the cluster running? bin/tweetrade cluster start)",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted during Flink REST " + what, e);
    }
    JsonNode body = parse(response.body());
    if (response.statusCode() >= 400) {
      throw new IllegalStateException(
          "Flink REST "
              + what
              + " answered "
              + response.statusCode()
              + ": "
              + firstLines(
                  body.has("errors") ? String.join("\n", errors(body)) : response.body(), 40));
    }
    return body;
  }

  private static List<String> errors(JsonNode body) {
    List<String> out = new ArrayList<>();
    body.path("errors").forEach(e -> out.add(e.asText()));
    return out;
  }

  private static JsonNode parse(String text) {
    try {
      return text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
    } catch (IOException e) {
      return JSON.createObjectNode().put("raw", text);
    }
  }

  static String firstLines(String text, int lines) {
    String[] all = text.split("\\R");
    if (all.length <= lines) return text;
    return String.join("\n", java.util.Arrays.copyOf(all, lines))
        + "\n... ("
        + (all.length - lines)
        + " more lines)";
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
