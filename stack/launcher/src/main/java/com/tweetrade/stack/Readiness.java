package com.tweetrade.stack;

import java.time.Duration;
import java.time.Instant;

/** Waits for a child server to open its port, failing fast when the child dies. */
final class Readiness {
  static final int LOG_TAIL_LINES = 40;

  private Readiness() {}

  /**
   * Returns when host:port accepts connections; otherwise stops the child and throws with its log.
   */
  static void awaitPort(ChildJvm child, String host, int port, Duration timeout, String service) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      if (!child.isAlive()) {
        throw new IllegalStateException(
            service
                + " exited with code "
                + child.exitCode()
                + " before opening port "
                + port
                + ". "
                + child.logTailReport(LOG_TAIL_LINES));
      }
      if (Ports.isListening(host, port)) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        child.stop(Duration.ofSeconds(10));
        throw new IllegalStateException(
            service
                + " did not open port "
                + port
                + " within "
                + timeout.toSeconds()
                + " s (raise it with "
                + Setting.START_TIMEOUT_SECONDS.howToChange()
                + "). "
                + child.logTailReport(LOG_TAIL_LINES));
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        child.stop(Duration.ofSeconds(10));
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for " + service, e);
      }
    }
  }
}
