package com.tweetrade.web.support;

import com.tweetrade.stack.junit.RealStack;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One keyspace and one set of topics on the real test stack, shared by every Spring test of the
 * JVM, so they all share one cached application context.
 */
public final class TestStack {
  /** The rule cap of the tests' application (200 in production): small, so tests can reach it. */
  public static final int MAX_RULES_PER_USER = 5;

  private static RealStack stack;
  private static String keyspace;
  private static String rulesTopic;
  private static String tradesTopic;
  private static String aggregatesTopic;
  private static String alertsTopic;
  private static String orderCommandsTopic;
  private static String accountsTopic;
  private static String quotesTopic;
  private static String tweetsTopic;
  private static String deadLettersTopic;

  private TestStack() {}

  /** Call from {@code @BeforeAll} with the injected stack; creates keyspace and topics once. */
  public static synchronized void init(RealStack s) {
    if (stack != null) return;
    stack = s;
    keyspace = s.createKeyspace();
    rulesTopic = s.createTopic("rules", 1);
    tradesTopic = s.createTopic("trades", 1);
    aggregatesTopic = s.createTopic("aggregates", 1);
    alertsTopic = s.createTopic("alerts", 1);
    orderCommandsTopic = s.createTopic("order-commands", 1);
    accountsTopic = s.createTopic("accounts", 1);
    quotesTopic = s.createTopic("quotes", 1);
    tweetsTopic = s.createTopic("tweets", 1);
    deadLettersTopic = s.createTopic("dead-letters", 1);
  }

  public static synchronized RealStack stack() {
    if (stack == null) throw new IllegalStateException("TestStack.init(RealStack) was not called");
    return stack;
  }

  public static String keyspace() {
    stack();
    return keyspace;
  }

  public static String rulesTopic() {
    stack();
    return rulesTopic;
  }

  public static String tradesTopic() {
    stack();
    return tradesTopic;
  }

  public static String aggregatesTopic() {
    stack();
    return aggregatesTopic;
  }

  public static String alertsTopic() {
    stack();
    return alertsTopic;
  }

  public static String orderCommandsTopic() {
    stack();
    return orderCommandsTopic;
  }

  public static String accountsTopic() {
    stack();
    return accountsTopic;
  }

  /** The quotes topic the application's System page measures (no job reads it). */
  public static String quotesTopic() {
    stack();
    return quotesTopic;
  }

  /** Points the application at the test stack; suppliers run when the context starts. */
  public static void register(DynamicPropertyRegistry r) {
    r.add("tweetrade.kafka-bootstrap", () -> stack().kafkaBootstrap());
    r.add(
        "tweetrade.cql",
        () ->
            stack().cassandraContactPoint().getHostString()
                + ":"
                + stack().cassandraContactPoint().getPort());
    r.add("tweetrade.local-datacenter", () -> stack().cassandraLocalDatacenter());
    r.add("tweetrade.keyspace", TestStack::keyspace);
    r.add("tweetrade.topics.rules", TestStack::rulesTopic);
    r.add("tweetrade.topics.trades", TestStack::tradesTopic);
    r.add("tweetrade.topics.aggregates", TestStack::aggregatesTopic);
    r.add("tweetrade.topics.alerts", TestStack::alertsTopic);
    r.add("tweetrade.topics.order-commands", TestStack::orderCommandsTopic);
    r.add("tweetrade.topics.accounts", TestStack::accountsTopic);
    r.add("tweetrade.topics.quotes", TestStack::quotesTopic);
    r.add("tweetrade.topics.tweets", () -> tweetsTopic);
    r.add("tweetrade.topics.dead-letters", () -> deadLettersTopic);
    r.add("tweetrade.system.sample-interval", () -> "PT1S");
    r.add("tweetrade.rules.republish-interval", () -> "PT1S");
    r.add("tweetrade.rules.republish-grace", () -> "PT10S");
    r.add("tweetrade.max-rules-per-user", () -> MAX_RULES_PER_USER);
    // The demo user as `bin/tweetrade up --demo` asks for it: a name, and a password in a file.
    r.add("tweetrade.demo.username", () -> DemoUser.NAME);
    r.add("tweetrade.demo.password-file", () -> DemoUser.passwordFile().toString());
  }
}
