package com.tweetrade.model.rules;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;

/**
 * What a rule text means: its condition, action and trigger, without owner or lifecycle.
 *
 * <p>{@link #inputs()}, {@link #tickers()} and {@link #keywords()} say what the condition reads, so
 * the job can index rules by the streams that update them. Sets are in text order.
 */
public record RuleDefinition(Condition condition, Action action, Trigger trigger) {

  public RuleDefinition {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(trigger, "trigger");
  }

  /** When the rule is decided: {@code trigger().timing()}. */
  public Timing timing() {
    return trigger.timing();
  }

  /** This definition decided at another timing ({@code ON TICK} or {@code ON CLOSE}). */
  public RuleDefinition withTiming(Timing timing) {
    return new RuleDefinition(condition, action, trigger.withTiming(timing));
  }

  /**
   * Canonical text; {@link RuleParser#parse} of it gives back an equal definition. The trigger and
   * {@code ON CLOSE} come last; the default {@code ON TICK} is not written.
   */
  public String toText() {
    String trigger = this.trigger.toText();
    return "WHEN "
        + condition.toText()
        + " THEN "
        + action.toText()
        + (trigger.isEmpty() ? "" : " " + trigger);
  }

  /**
   * Keys of every input the condition reads: {@code sentiment:tesla:5m}, {@code price:TSLA}, ...
   */
  public Set<String> inputs() {
    Set<String> keys = new LinkedHashSet<>();
    condition.forEachInput(input -> keys.add(input.key()));
    return Collections.unmodifiableSet(keys);
  }

  /**
   * Tickers whose prices the condition reads ({@code price}, {@code avg}, {@code vwap}, {@code
   * change}); the action's ticker only if the condition reads it too.
   */
  public Set<String> tickers() {
    Set<String> tickers = new LinkedHashSet<>();
    condition.forEachInput(
        input -> {
          if (input.kind().subject() == InputKind.Subject.TICKER) tickers.add(input.subject());
        });
    return Collections.unmodifiableSet(tickers);
  }

  /** Keywords whose sentiment the condition reads, lower case, with cashtags as {@code $TSLA}. */
  public Set<String> keywords() {
    Set<String> keywords = new LinkedHashSet<>();
    condition.forEachInput(
        input -> {
          if (input.kind().subject() == InputKind.Subject.KEYWORD) keywords.add(input.subject());
        });
    return Collections.unmodifiableSet(keywords);
  }

  /** See {@link Condition#evaluate}. */
  public boolean evaluate(InputValues values) {
    return condition.evaluate(values);
  }

  /** See {@link Condition#explain}. */
  public SortedMap<String, Double> explain(InputValues values) {
    return condition.explain(values);
  }
}
