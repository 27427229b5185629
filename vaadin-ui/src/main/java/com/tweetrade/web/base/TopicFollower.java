package com.tweetrade.web.base;

import org.springframework.context.SmartLifecycle;

/**
 * A service that follows a Kafka topic while the application runs: Spring starts its {@link
 * KafkaTopicTail} with the context and closes it on shutdown.
 */
public abstract class TopicFollower implements SmartLifecycle {
  private KafkaTopicTail tail;

  /** A new, not yet started tail; called on every start. */
  protected abstract KafkaTopicTail newTail();

  @Override
  public synchronized void start() {
    tail = newTail().start();
  }

  @Override
  public synchronized void stop() {
    if (tail != null) tail.close();
    tail = null;
  }

  @Override
  public synchronized boolean isRunning() {
    return tail != null;
  }
}
