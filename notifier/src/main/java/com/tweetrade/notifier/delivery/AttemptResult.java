package com.tweetrade.notifier.delivery;

/**
 * What one POST to a webhook returned.
 *
 * @param status the HTTP status, 0 when none came (timeout, refused connection, refused URL)
 * @param error why it failed, {@code ""} when delivered; never holds the secret
 * @param retryable whether trying again may help (timeouts, connection errors, 408, 429, 5xx)
 */
public record AttemptResult(int status, String error, boolean retryable) {
  public boolean delivered() {
    return status >= 200 && status < 300;
  }

  static AttemptResult ofStatus(int status) {
    if (status >= 200 && status < 300) return new AttemptResult(status, "", false);
    boolean retryable = status == 408 || status == 429 || status >= 500;
    String error =
        status >= 300 && status < 400
            ? "HTTP " + status + " (redirects are not followed)"
            : "HTTP " + status;
    return new AttemptResult(status, error, retryable);
  }

  static AttemptResult noResponse(String error) {
    return new AttemptResult(0, error, true);
  }

  static AttemptResult refused(String error) {
    return new AttemptResult(0, error, false);
  }
}
