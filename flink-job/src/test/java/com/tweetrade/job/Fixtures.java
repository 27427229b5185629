package com.tweetrade.job;

import com.tweetrade.model.Quote;
import com.tweetrade.model.Tweet;
import com.tweetrade.model.rules.RuleEvent;
import java.time.Instant;
import java.util.List;

/** Named builders and time constants for the job's tests. */
public final class Fixtures {
  /** A pane boundary: 2024-03-01 10:00:00 UTC. */
  public static final long T0 = Instant.parse("2024-03-01T10:00:00Z").toEpochMilli();

  public static final long ONE_SECOND = 1_000;
  public static final long TEN_SECONDS = 10_000;
  public static final long ONE_MINUTE = 60_000;
  public static final long FIVE_MINUTES = 5 * ONE_MINUTE;
  public static final long FIFTEEN_MINUTES = 15 * ONE_MINUTE;

  private Fixtures() {}

  /** A valid quote: bid one cent under, ask one cent over the price. */
  public static Quote quote(String ticker, long priceCents, long size, long eventTime) {
    return new Quote(ticker, priceCents, size, priceCents - 1, priceCents + 1, eventTime);
  }

  public static Tweet tweet(long id, String text, long createdAt, String... cashtags) {
    return new Tweet(
        id, text, createdAt, 7L, "tester", 100, "en", List.of(cashtags), List.of(), false, null);
  }

  public static RuleEvent createRule(String ruleId, String text, long revision) {
    return new RuleEvent(
        RuleEvent.CURRENT_SCHEMA,
        RuleEvent.Type.CREATE,
        ruleId,
        "alice",
        text,
        false,
        revision,
        T0);
  }

  public static RuleEvent ruleEvent(
      RuleEvent.Type type, String ruleId, String text, boolean paused, long revision) {
    return new RuleEvent(
        RuleEvent.CURRENT_SCHEMA, type, ruleId, "alice", text, paused, revision, T0);
  }
}
