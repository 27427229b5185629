package com.tweetrade.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tweetrade.job.config.JobConfig;
import com.tweetrade.stack.flink.FlinkCluster;
import com.tweetrade.stack.flink.FlinkClusterSettings;
import com.tweetrade.stack.flink.JobSubmission;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The TaskManager fault: the job ({@link PacedJob}) on a real standalone cluster (a JobManager and
 * two TaskManagers, each its own JVM, from {@link FlinkCluster}); once it shows progress, the
 * TaskManager that runs most of it is killed with SIGKILL. The job must restart from its last
 * checkpoint on the surviving TaskManager's slots and finish by itself.
 *
 * <p>The cluster uses the production configuration ({@code flink-conf/config.yaml}:
 * exponential-delay restarts, exactly-once checkpoints) with the fault suite's checkpoint interval,
 * and heartbeats every 3 s, so the JobManager notices the dead TaskManager in seconds instead of
 * the default ~20.
 */
final class TaskManagerKill {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TERMINAL = Set.of("FINISHED", "FAILED", "CANCELED");

  private TaskManagerKill() {}

  /**
   * Runs the job on a fresh cluster under {@code home} and kills its busiest TaskManager once the
   * first checkpoint committed offsets (so the job resumes from state, not from scratch); {@code
   * together}, if not null, is injected right after (a second loss at the same moment, e.g. a
   * broker) and its note added. Returns the note.
   */
  static String run(
      Path root,
      Path home,
      BenchKafka kafka,
      JobConfig config,
      int parallelism,
      long checkpointMs,
      double pace,
      FaultSuite.NotedFault together)
      throws Exception {
    Path jar = ClusterJobJar.build(home.resolve("bench-job.jar"));
    FlinkClusterSettings settings =
        FlinkClusterSettings.randomPorts(root, home, 2, 2)
            .withExtraConfig(
                Map.of(
                    "execution.checkpointing.interval",
                    checkpointMs + " ms",
                    "heartbeat.interval",
                    "3 s"));
    long started = System.nanoTime();
    try (FlinkCluster flink = FlinkCluster.start(settings)) {
      long up = seconds(started);
      String jobId =
          flink
              .rest()
              .runJar(
                  flink.rest().uploadJar(jar),
                  JobSubmission.of(
                      parallelism, PacedJob.args(config, pace, credentialsFile(home, config))));
      long submitted = System.nanoTime();
      String note = "cluster up in " + up + " s; ";
      if (!JobProgress.await(
          kafka,
          config.consumerGroup(),
          config.quotesTopic(),
          config.aggregatesTopic(),
          () -> TERMINAL.contains(flink.rest().jobState(jobId)),
          true)) {
        note += "FAULT NOT INJECTED: the job ended before it showed progress; ";
      } else {
        String victim = busiestTaskManager(flink.settings().restUrl());
        long pid = flink.killTaskManager(victim);
        String state = flink.rest().jobState(jobId);
        note +=
            (state.equals("FINISHED") ? "FAULT TOO LATE: " : "")
                + "killed "
                + victim
                + " (pid "
                + pid
                + ", SIGKILL) "
                + seconds(submitted)
                + " s after submission, job "
                + state
                + " right after; ";
        if (together != null) note += together.inject();
      }
      String end = flink.rest().awaitTerminal(jobId, Duration.ofMinutes(10));
      note +=
          "job "
              + end
              + " "
              + seconds(submitted)
              + " s after submission, "
              + restarts(flink, jobId)
              + "; ";
      if (!end.equals("FINISHED"))
        note += "JOB DID NOT FINISH: " + flink.rest().rootException(jobId) + "; ";
      return note;
    }
  }

  /** The TaskManager with the fewest free slots (the job's), e.g. {@code taskmanager-1}. */
  private static String busiestTaskManager(String restUrl) throws Exception {
    String best = null;
    int fewest = Integer.MAX_VALUE;
    for (JsonNode tm : get(restUrl, "/taskmanagers").path("taskmanagers")) {
      if (tm.path("freeSlots").asInt() < fewest) {
        fewest = tm.path("freeSlots").asInt();
        best = tm.path("id").asText();
      }
    }
    if (best == null) throw new IllegalStateException("No TaskManager registered");
    return best;
  }

  /** How many times the job failed over, from its exception history. */
  /**
   * The job's credentials as a 0600 file for `--credentials` (a REST submission's arguments must
   * not hold a password).
   */
  private static Optional<Path> credentialsFile(Path home, JobConfig config) {
    return config
        .credentials()
        .map(
            c -> {
              Path file = home.resolve("secrets").resolve("bench-job.properties");
              c.write(file);
              return file;
            });
  }

  private static String restarts(FlinkCluster flink, String jobId) {
    try {
      JsonNode entries =
          get(flink.settings().restUrl(), "/jobs/" + jobId + "/exceptions")
              .path("exceptionHistory")
              .path("entries");
      StringBuilder s = new StringBuilder(entries.size() + " failure(s) in its history");
      for (JsonNode e : entries)
        s.append(" [").append(e.path("exceptionName").asText()).append(']');
      return s.toString();
    } catch (Exception e) {
      return "exception history unreadable (" + e.getMessage() + ")";
    }
  }

  private static JsonNode get(String restUrl, String path) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(restUrl + path))
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200)
      throw new IllegalStateException("GET " + path + ": HTTP " + r.statusCode());
    return JSON.readTree(r.body());
  }

  private static long seconds(long sinceNanos) {
    return (System.nanoTime() - sinceNanos) / 1_000_000_000;
  }
}
