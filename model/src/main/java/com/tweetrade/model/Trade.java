package com.tweetrade.model;

import java.util.Map;

/**
 * An order fired by a rule, or refused by a risk limit.
 *
 * @param id deterministic from rule id and evaluation event time, so a replay yields the same id
 * @param userId owner of the rule
 * @param ruleId the rule that fired
 * @param side {@code BUY} or {@code SELL}
 * @param quantity shares, &gt; 0
 * @param ticker the symbol traded
 * @param priceCents the price used (market: last price; limit: the limit)
 * @param eventTime epoch milliseconds of the evaluation that fired
 * @param status {@code FILLED} or {@code REJECTED}
 * @param reason why it was rejected, or empty
 * @param explanation the value of every input of the condition when it fired, by name
 * @param trigger the input event that decided it: {@code quote:TSLA@1700000000000#0} (ticker, event
 *     time, index among that ticker's quotes of the same millisecond) or {@code tweet:<id>} for ON
 *     TICK rules, {@code close:<subject>@<pane end>} for a closed pane; empty in records written
 *     before the field
 */
public record Trade(
    String id,
    String userId,
    String ruleId,
    String side,
    long quantity,
    String ticker,
    long priceCents,
    long eventTime,
    String status,
    String reason,
    Map<String, Double> explanation,
    String trigger) {

  public Trade {
    explanation = explanation == null ? Map.of() : Map.copyOf(explanation);
    trigger = trigger == null ? "" : trigger;
  }

  /** This trade with another status and reason. */
  public Trade withStatus(String status, String reason) {
    return with(priceCents, status, reason);
  }

  /** This trade at another price. */
  public Trade withPriceCents(long priceCents) {
    return with(priceCents, status, reason);
  }

  private Trade with(long priceCents, String status, String reason) {
    return at(priceCents, eventTime, status, reason);
  }

  /**
   * This trade at {@code priceCents} and {@code eventTime}, with {@code status} and {@code reason}
   * (an order that filled or ended after it was decided).
   */
  public Trade at(long priceCents, long eventTime, String status, String reason) {
    return new Trade(
        id,
        userId,
        ruleId,
        side,
        quantity,
        ticker,
        priceCents,
        eventTime,
        status,
        reason,
        explanation,
        trigger);
  }
}
