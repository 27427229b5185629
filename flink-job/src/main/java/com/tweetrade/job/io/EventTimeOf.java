package com.tweetrade.job.io;

import java.io.Serializable;

/** Reads an event's own time, in epoch milliseconds. */
@FunctionalInterface
public interface EventTimeOf<T> extends Serializable {
  long of(T event);
}
