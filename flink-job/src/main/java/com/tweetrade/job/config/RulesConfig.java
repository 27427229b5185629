package com.tweetrade.job.config;

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
 */
public record RulesConfig(
    String tradesTopic,
    String positionsTopic,
    String transactionalIdPrefix,
    long maxPositionPerTicker,
    int maxOrdersPerMinute) {

  public RulesConfig {
    if (maxPositionPerTicker <= 0) throw new IllegalArgumentException("max position must be > 0");
    if (maxOrdersPerMinute <= 0)
      throw new IllegalArgumentException("max orders per minute must be > 0");
    if (transactionalIdPrefix == null || transactionalIdPrefix.isBlank()) {
      throw new IllegalArgumentException("transactional id prefix must not be blank");
    }
  }

  /**
   * Topics from {@link Topics}, prefix {@code tweetrade-trades}, 10,000 shares, 10 orders a minute.
   */
  public static RulesConfig defaults() {
    return new RulesConfig(Topics.TRADES, Topics.POSITIONS, "tweetrade-trades", 10_000, 10);
  }

  /** Same limits, other topics and transactional ids: for tests on a shared broker. */
  public RulesConfig withOutputs(String trades, String positions, String txPrefix) {
    return new RulesConfig(trades, positions, txPrefix, maxPositionPerTicker, maxOrdersPerMinute);
  }
}
