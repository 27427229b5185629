package com.tweetrade.model.rules;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;

/**
 * What a rule text means: its condition, action, alert and trigger, without owner or lifecycle.
 *
 * <p>A rule trades ({@code THEN BUY 10 TSLA}), alerts ({@code THEN NOTIFY "text"}, {@link
 * #action()} null), or both ({@code THEN BUY 10 TSLA ALSO NOTIFY "text"}).
 *
 * <p>{@link #inputs()}, {@link #tickers()} and {@link #keywords()} say what the condition reads, so
 * the job can index rules by the streams that update them. Sets are in text order.
 */
public record RuleDefinition(
    Condition condition, Action action, Trigger trigger, String notifyText) {

  /**
   * @param action the order a firing sends, or null for an alert-only rule
   * @param notifyText the alert's text ({@code NOTIFY "text"}), or null for a rule without alert
   */
  public RuleDefinition {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(trigger, "trigger");
    if (action == null && notifyText == null) {
      throw new IllegalArgumentException("a rule needs an action, an alert (NOTIFY) or both");
    }
  }

  /** A trading rule without alert. */
  public RuleDefinition(Condition condition, Action action, Trigger trigger) {
    this(condition, action, trigger, null);
  }

  /** An alert-only rule: {@code THEN NOTIFY "text"}, no order. */
  public static RuleDefinition alertOnly(Condition condition, String text, Trigger trigger) {
    return new RuleDefinition(condition, null, trigger, Objects.requireNonNull(text, "text"));
  }

  /** Whether a firing sends an order ({@code false} for {@code THEN NOTIFY}). */
  public boolean trades() {
    return action != null;
  }

  /** Whether a firing raises an alert ({@code NOTIFY} or {@code ALSO NOTIFY}). */
  public boolean notifies() {
    return notifyText != null;
  }

  /** When the rule is decided: {@code trigger().timing()}. */
  public Timing timing() {
    return trigger.timing();
  }

  /** This definition decided at another timing ({@code ON TICK} or {@code ON CLOSE}). */
  public RuleDefinition withTiming(Timing timing) {
    return new RuleDefinition(condition, action, trigger.withTiming(timing), notifyText);
  }

  /**
   * Canonical text; {@link RuleParser#parse} of it gives back an equal definition. The trigger and
   * {@code ON CLOSE} come last; the default {@code ON TICK} is not written. The alert is {@code
   * NOTIFY "text"} alone or {@code ALSO NOTIFY "text"} right after the action.
   */
  public String toText() {
    String trigger = this.trigger.toText();
    return "WHEN "
        + condition.toText()
        + " THEN "
        + Printing.then(action == null ? null : action.toText(), notifyText)
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
   * change}); the action's ticker only if the condition reads it too (see {@link #tradedTicker()}).
   */
  public Set<String> tickers() {
    Set<String> tickers = new LinkedHashSet<>();
    condition.forEachInput(
        input -> {
          if (input.kind().subject() == InputKind.Subject.TICKER) tickers.add(input.subject());
        });
    return Collections.unmodifiableSet(tickers);
  }

  /** The ticker the action trades, or null for an alert-only rule. */
  public String tradedTicker() {
    return action == null ? null : action.ticker();
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
