package com.tweetrade.job.analytics;

import java.io.Serializable;

/** Says why a decoded event cannot be used, or {@code null} when it can. */
@FunctionalInterface
public interface EventCheck<T> extends Serializable {
  String problem(T event);
}
