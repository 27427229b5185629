package com.tweetrade.model.rules;

import java.util.Objects;

/**
 * When a true condition fires the action.
 *
 * @param policy one of the three policies
 * @param everyMinutes the minimum minutes between firings for {@link Policy#EVERY}, else 0
 */
public record Trigger(Policy policy, int everyMinutes) {

  /** The default: fire when the condition becomes true, re-arm when it is false again. */
  public static final Trigger RISING_EDGE = new Trigger(Policy.RISING_EDGE, 0);

  /** The firing policies. */
  public enum Policy {
    /** Fires on each false-to-true change (the default; written as nothing). */
    RISING_EDGE,
    /** Fires the first time the condition is true, never again ({@code ONCE}). */
    ONCE,
    /** Fires whenever the condition is true, at most once per period ({@code EVERY 10m}). */
    EVERY
  }

  public Trigger {
    Objects.requireNonNull(policy, "policy");
    if (policy == Policy.EVERY) {
      if (everyMinutes < 1 || everyMinutes > RuleValidator.MAX_EVERY_MINUTES) {
        throw new IllegalArgumentException("every must be 1.." + RuleValidator.MAX_EVERY_MINUTES + " minutes");
      }
    } else if (everyMinutes != 0) {
      throw new IllegalArgumentException(policy + " takes no period");
    }
  }

  public static Trigger once() {
    return new Trigger(Policy.ONCE, 0);
  }

  public static Trigger every(int minutes) {
    return new Trigger(Policy.EVERY, minutes);
  }

  /** The state of a rule that has never been evaluated. */
  public TriggerState initialState() {
    return TriggerState.initial(this);
  }

  /** Canonical text: empty for the default, {@code ONCE}, or {@code EVERY 10m}. */
  public String toText() {
    return switch (policy) {
      case RISING_EDGE -> "";
      case ONCE -> "ONCE";
      case EVERY -> "EVERY " + everyMinutes + "m";
    };
  }
}
