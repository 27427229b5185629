package com.tweetrade.tweets.live;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import twitter4j.conf.Configuration;
import twitter4j.conf.ConfigurationBuilder;

/** twitter4j settings pointing at a {@link FakeStreamServer}, and polling for async results. */
final class LiveFixtures {
  static final String DELETE_NOTICE =
      "{\"delete\":{\"status\":{\"id\":1234,\"id_str\":\"1234\",\"user_id\":3,\"user_id_str\":\"3\"}}}";
  static final String LIMIT_NOTICE = "{\"limit\":{\"track\":42}}";

  /**
   * Fast reconnects for tests; the shape (linear / doubling) is {@link Backoff#TWITTER_GUIDANCE}'s.
   */
  static final Backoff QUICK = new Backoff(100, 1000, 300, 500, 3000);

  static {
    System.setProperty("twitter4j.loggerFactory", "twitter4j.SLF4JLoggerFactory");
  }

  private LiveFixtures() {}

  static Configuration conf(FakeStreamServer server) {
    return new ConfigurationBuilder()
        .setOAuthConsumerKey("test-consumer-key")
        .setOAuthConsumerSecret("test-consumer-secret")
        .setOAuthAccessToken("test-access-token")
        .setOAuthAccessTokenSecret("test-access-secret")
        .setStreamBaseURL(server.baseUrl())
        .build();
  }

  static void await(String what, Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end)
        throw new AssertionError("timed out after " + timeout + " waiting for " + what);
      Thread.sleep(50);
    }
  }
}
