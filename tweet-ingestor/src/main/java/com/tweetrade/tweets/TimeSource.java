package com.tweetrade.tweets;

/** Wall-clock time and waiting, behind an interface so that pacing is tested with a fake clock. */
public interface TimeSource {
  long millis();

  /**
   * Waits until {@link #millis()} reaches {@code epochMillis}; returns at once if it already has.
   */
  void sleepUntil(long epochMillis) throws InterruptedException;

  /** The real clock. */
  TimeSource SYSTEM =
      new TimeSource() {
        @Override
        public long millis() {
          return System.currentTimeMillis();
        }

        @Override
        public void sleepUntil(long epochMillis) throws InterruptedException {
          long wait;
          while ((wait = epochMillis - System.currentTimeMillis()) > 0) Thread.sleep(wait);
        }
      };
}
