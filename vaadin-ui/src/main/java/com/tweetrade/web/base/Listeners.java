package com.tweetrade.web.base;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A thread-safe set of subscribers to a feed; one bad subscriber cannot stop the others.
 *
 * @param <T> what is delivered
 */
public final class Listeners<T> {
  private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

  private final List<Consumer<T>> listeners = new CopyOnWriteArrayList<>();

  /** Adds a subscriber; run the returned handle to remove it (views do so on detach). */
  public Runnable add(Consumer<T> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  public void fire(T value) {
    for (Consumer<T> l : listeners) {
      try {
        l.accept(value);
      } catch (RuntimeException e) {
        LOG.warn("Listener failed", e);
      }
    }
  }

  public int size() {
    return listeners.size();
  }
}
