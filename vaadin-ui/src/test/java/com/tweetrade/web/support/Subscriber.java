package com.tweetrade.web.support;

import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.mockito.invocation.InvocationOnMock;
import org.mockito.stubbing.Answer;

/**
 * Stands in for a mocked service's {@code subscribe(listener)}: keeps the listener a view
 * subscribes until the view calls the returned unsubscribe, so a test can deliver as the service's
 * Kafka thread would, and check that a closed view stopped listening.
 *
 * @param <L> the listener type
 */
public final class Subscriber<L> implements Answer<Runnable> {
  private final AtomicReference<@Nullable L> listener = new AtomicReference<>();

  @Override
  public Runnable answer(InvocationOnMock call) {
    listener.set(call.getArgument(0));
    return () -> listener.set(null);
  }

  /** The subscribed listener; null before the view subscribed and after it unsubscribed. */
  public @Nullable L get() {
    return listener.get();
  }
}
