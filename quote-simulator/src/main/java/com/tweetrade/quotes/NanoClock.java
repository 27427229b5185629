package com.tweetrade.quotes;

import java.util.concurrent.locks.LockSupport;

/** A monotonic clock that can also wait; tests replace it with a fake that jumps instead. */
public interface NanoClock {
  long nanoTime();

  void sleepNanos(long nanos) throws InterruptedException;

  NanoClock SYSTEM =
      new NanoClock() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
          LockSupport.parkNanos(nanos);
          if (Thread.interrupted()) throw new InterruptedException();
        }
      };
}
