package com.tweetrade.stack.junit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that injects a {@link RealStack} into test and lifecycle methods.
 *
 * <p>One stack per test JVM: the first request starts a real Kafka broker and Cassandra node on
 * free random ports in a directory under {@code target/}; it is kept in the root context's store
 * and stopped when the whole run ends, whether tests passed or failed. When env {@code
 * TWEETRADE_TEST_KAFKA} and {@code TWEETRADE_TEST_CQL} (host:port) are set, that running stack is
 * used instead. Failure to start or reach a stack fails every test that asks for it, with the
 * reason; nothing is skipped.
 */
public final class RealStackExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RealStackExtension.class);

  @Override
  public boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == RealStack.class;
  }

  @Override
  public Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    return extensionContext
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(SharedStack.class, key -> new SharedStack(), SharedStack.class)
        .get();
  }
}
