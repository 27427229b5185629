package com.tweetrade.stack;

import java.nio.file.Path;

/**
 * A lone Kafka broker on free ports, without Cassandra: for a benchmark that measures a client
 * against a broker on the same machine ({@link LocalStack} starts both servers).
 */
public final class LocalBroker implements AutoCloseable {
  private final KafkaNode node;

  private LocalBroker(KafkaNode node) {
    this.node = node;
  }

  /**
   * Starts a broker on free random ports with its data under {@code home}, and returns once it
   * takes connections.
   */
  public static LocalBroker start(Path home) {
    return new LocalBroker(new KafkaNode(StackSettings.randomPorts(home)).start());
  }

  /** Kafka bootstrap servers, e.g. "127.0.0.1:41234". */
  public String bootstrap() {
    return node.bootstrap();
  }

  /** The broker's JVM (for its CPU time, say). */
  public ProcessHandle process() {
    return node.process().toHandle();
  }

  /** Stops the broker and waits until it has exited. */
  @Override
  public void close() {
    node.close();
  }
}
