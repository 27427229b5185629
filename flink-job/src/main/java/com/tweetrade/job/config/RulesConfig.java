package com.tweetrade.job.config;

import com.tweetrade.job.trading.RiskLimits;
import com.tweetrade.model.Topics;

/**
 * Settings of the rules part: where trades and positions go, and the paper-trading risk limits.
 *
 * @param tradesTopic output trades, written exactly once (Kafka transactions)
 * @param positionsTopic output positions after each fill
 * @param transactionalIdPrefix prefix of the trades sink's Kafka transactional ids (the dead
 *     letters sink adds {@code -dead-letters}); unique per job on a cluster, stable across restarts
 *     of that job (so a restart aborts its own lingering transactions)
 * @param maxPositionPerTicker largest absolute number of shares a user may hold in one ticker
 * @param maxOrdersPerMinute most filled orders per user in any minute of event time
 * @param startingCapitalCents the cash a user's paper account opens with, in cents
 * @param shortSelling whether a sell may take a position below zero
 * @param alertsTopic output alerts ({@code NOTIFY}), written exactly once beside the trades, with
 *     the transactional id prefix plus {@code -alerts}
 */
public record RulesConfig(
    String tradesTopic,
    String positionsTopic,
    String transactionalIdPrefix,
    long maxPositionPerTicker,
    int maxOrdersPerMinute,
    long startingCapitalCents,
    boolean shortSelling,
    String alertsTopic) {

  public RulesConfig {
    if (maxPositionPerTicker <= 0) throw new IllegalArgumentException("max position must be > 0");
    if (maxOrdersPerMinute <= 0)
      throw new IllegalArgumentException("max orders per minute must be > 0");
    if (startingCapitalCents < 0)
      throw new IllegalArgumentException("starting capital must be >= 0");
    if (transactionalIdPrefix == null || transactionalIdPrefix.isBlank()) {
      throw new IllegalArgumentException("transactional id prefix must not be blank");
    }
    if (alertsTopic == null || alertsTopic.isBlank()) {
      throw new IllegalArgumentException("alerts topic must not be blank");
    }
  }

  /**
   * Topics from {@link Topics}, prefix {@code tweetrade-trades}, 10,000 shares, 10 orders a minute,
   * $100,000 of starting capital, no short selling.
   */
  public static RulesConfig defaults() {
    return new RulesConfig(
        Topics.TRADES,
        Topics.POSITIONS,
        "tweetrade-trades",
        10_000,
        10,
        RiskLimits.DEFAULT_STARTING_CAPITAL_CENTS,
        false,
        Topics.ALERTS);
  }

  /** Same limits, other topics and transactional ids: for tests on a shared broker. */
  public RulesConfig withOutputs(String trades, String positions, String txPrefix) {
    return new RulesConfig(
        trades,
        positions,
        txPrefix,
        maxPositionPerTicker,
        maxOrdersPerMinute,
        startingCapitalCents,
        shortSelling,
        alertsTopic);
  }

  /** Same settings, another alerts topic: for tests on a shared broker. */
  public RulesConfig withAlertsTopic(String alerts) {
    return new RulesConfig(
        tradesTopic,
        positionsTopic,
        transactionalIdPrefix,
        maxPositionPerTicker,
        maxOrdersPerMinute,
        startingCapitalCents,
        shortSelling,
        alerts);
  }

  /** Same settings, another per-user order limit. */
  public RulesConfig withMaxOrdersPerMinute(int perMinute) {
    return new RulesConfig(
        tradesTopic,
        positionsTopic,
        transactionalIdPrefix,
        maxPositionPerTicker,
        perMinute,
        startingCapitalCents,
        shortSelling,
        alertsTopic);
  }

  /** The paper-trading limits and account these settings ask for. */
  public RiskLimits limits() {
    return new RiskLimits(
        maxPositionPerTicker, maxOrdersPerMinute, startingCapitalCents, shortSelling);
  }
}
