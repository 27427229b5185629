package com.tweetrade.bench.archfixture;

import com.tweetrade.stack.ChildJvm;
import com.tweetrade.stack.LocalStack;

/**
 * A class that breaks the stack's boundary (ArchitectureTest shows the rule catches it); never run.
 */
final class UsesStackInternals {
  private UsesStackInternals() {}

  static long kafkaPid(LocalStack stack) {
    ChildJvm broker = stack.kafka().process();
    return broker.pid();
  }
}
