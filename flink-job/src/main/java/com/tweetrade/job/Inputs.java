package com.tweetrade.job;

import com.tweetrade.job.rules.RulesStart;
import com.tweetrade.job.trading.Order;
import com.tweetrade.model.AccountSettings;
import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Tweet;
import com.tweetrade.model.rules.RuleEvent;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The job's inputs after routing: usable events with event time, and everything rejected.
 *
 * @param quotes valid quotes of known tickers, not late
 * @param tweets valid tweets, not late
 * @param rules well-formed rule events (timestamp {@code Long.MAX_VALUE}, never holding back event
 *     time)
 * @param deadLetters malformed, invalid and late input, counted, with reasons; null when there is
 *     none
 * @param rulesStart whether {@code rules} says when the rules of job start are all in
 * @param cancelRequests the web UI's requests to cancel resting orders (timestamp {@code
 *     Long.MAX_VALUE}), or null when there are none
 * @param accountSettings the web UI's account settings, checked (timestamp {@code Long.MAX_VALUE}),
 *     or null when there are none
 */
public record Inputs(
    DataStream<Quote> quotes,
    DataStream<Tweet> tweets,
    DataStream<RuleEvent> rules,
    DataStream<DeadLetter> deadLetters,
    RulesStart rulesStart,
    DataStream<Order> cancelRequests,
    DataStream<AccountSettings> accountSettings) {

  /** Inputs without cancel requests. */
  public Inputs(
      DataStream<Quote> quotes,
      DataStream<Tweet> tweets,
      DataStream<RuleEvent> rules,
      DataStream<DeadLetter> deadLetters,
      RulesStart rulesStart) {
    this(quotes, tweets, rules, deadLetters, rulesStart, null, null);
  }

  /** These inputs with {@code cancelRequests}. */
  public Inputs withCancelRequests(DataStream<Order> cancelRequests) {
    return new Inputs(
        quotes, tweets, rules, deadLetters, rulesStart, cancelRequests, accountSettings);
  }

  /**
   * These inputs with checked {@code accountSettings}, and the {@code refused} ones as dead
   * letters.
   */
  public Inputs withAccountSettings(
      DataStream<AccountSettings> accountSettings, DataStream<DeadLetter> refused) {
    DataStream<DeadLetter> dead = deadLetters == null ? refused : deadLetters.union(refused);
    return new Inputs(quotes, tweets, rules, dead, rulesStart, cancelRequests, accountSettings);
  }

  /** Inputs that need no routing (tests, benchmarks): no dead letters, rules used at once. */
  public static Inputs of(
      DataStream<Quote> quotes, DataStream<Tweet> tweets, DataStream<RuleEvent> rules) {
    return new Inputs(quotes, tweets, rules, null, RulesStart.IMMEDIATE);
  }

  /**
   * Inputs that need no routing, whose {@code rules} end the rules of job start with {@link
   * com.tweetrade.job.rules.RulesCatchUp#MARKER_AFTER_EVERY_RULE}: data waits for them, as in the
   * deployed job, whatever order the sources run in.
   */
  public static Inputs afterCatchUp(
      DataStream<Quote> quotes, DataStream<Tweet> tweets, DataStream<RuleEvent> rules) {
    return new Inputs(quotes, tweets, rules, null, RulesStart.AFTER_CATCH_UP);
  }
}
