package com.tweetrade.stack.up;

import com.tweetrade.stack.ChildJvm;
import com.tweetrade.stack.flink.FlinkRestClient;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Waits until every part that declares a readiness check answers it: {@code readyUrl} answers HTTP
 * (any status below 500), {@code flinkRest} runs a job with all its tasks running. Parts without a
 * check (the producers) count as ready once started.
 */
final class PartReadiness {
  private static final Duration POLL = Duration.ofSeconds(1);
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private PartReadiness() {}

  /**
   * Returns the parts not ready within {@code timeout} (empty when all are), printing which ones it
   * still waits for now and then. A part that exits is reported by the caller's monitor, not here.
   */
  static List<String> await(Map<PartSpec, ChildJvm> running, Duration timeout, PrintStream out)
      throws InterruptedException {
    Map<PartSpec, ChildJvm> waiting = new LinkedHashMap<>(running);
    waiting.keySet().removeIf(part -> part.readyUrl().isEmpty() && part.flinkRest().isEmpty());
    Instant start = Instant.now();
    Instant nextProgress = start.plus(PROGRESS_EVERY);
    while (!waiting.isEmpty() && !ChildJvm.isShuttingDown()) {
      waiting.entrySet().removeIf(e -> !e.getValue().isAlive() || isReady(e.getKey()));
      if (waiting.isEmpty()) break;
      Instant now = Instant.now();
      if (now.isAfter(start.plus(timeout))) break;
      if (now.isAfter(nextProgress)) {
        out.println(
            "Waiting for "
                + names(waiting)
                + " ("
                + Duration.between(start, now).toSeconds()
                + " s)");
        nextProgress = now.plus(PROGRESS_EVERY);
      }
      Thread.sleep(POLL.toMillis());
    }
    return names(waiting);
  }

  static boolean isReady(PartSpec part) {
    if (!part.readyUrl().isEmpty() && !answers(part.readyUrl())) return false;
    return part.flinkRest().isEmpty() || jobRuns(part.flinkRest());
  }

  private static boolean answers(String url) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() < 500;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static boolean jobRuns(String restUrl) {
    FlinkRestClient rest = new FlinkRestClient(restUrl);
    try {
      for (FlinkRestClient.JobSummary job : rest.jobs()) {
        if (job.state().equals("RUNNING")) {
          rest.awaitRunning(job.id(), Duration.ZERO);
          return true;
        }
      }
      return false;
    } catch (RuntimeException e) {
      // Not up yet, or a task still deploying: awaitRunning with no time left says so by throwing.
      return false;
    }
  }

  private static List<String> names(Map<PartSpec, ChildJvm> parts) {
    List<String> names = new ArrayList<>();
    parts.keySet().forEach(part -> names.add(part.name()));
    return names;
  }
}
