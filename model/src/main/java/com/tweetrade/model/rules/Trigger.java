package com.tweetrade.model.rules;

import java.util.Objects;

/**
 * When a true condition fires the action, and when the condition is decided.
 *
 * @param policy one of the three policies
 * @param everyMinutes the minimum minutes between firings for {@link Policy#EVERY}, else 0
 * @param timing on each input event ({@link Timing#TICK}, the default) or on closed panes ({@link
 *     Timing#CLOSE})
 */
public record Trigger(Policy policy, int everyMinutes, Timing timing) {

  /**
   * The default: fire when the condition becomes true, re-arm when it is false again; {@code ON
   * TICK}.
   */
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
    Objects.requireNonNull(timing, "timing");
    if (policy == Policy.EVERY) {
      if (everyMinutes < 1 || everyMinutes > RuleValidator.MAX_EVERY_MINUTES) {
        throw new IllegalArgumentException(
            "every must be 1.." + RuleValidator.MAX_EVERY_MINUTES + " minutes");
      }
    } else if (everyMinutes != 0) {
      throw new IllegalArgumentException(policy + " takes no period");
    }
  }

  /** A trigger decided {@code ON TICK}, the default timing. */
  public Trigger(Policy policy, int everyMinutes) {
    this(policy, everyMinutes, Timing.TICK);
  }

  /** {@code ONCE}, decided {@code ON TICK}. */
  public static Trigger once() {
    return new Trigger(Policy.ONCE, 0);
  }

  /** {@code EVERY n m}, decided {@code ON TICK}. */
  public static Trigger every(int minutes) {
    return new Trigger(Policy.EVERY, minutes);
  }

  /** This trigger with another timing. */
  public Trigger withTiming(Timing timing) {
    return new Trigger(policy, everyMinutes, timing);
  }

  /** The state of a rule that has never been evaluated; the same for both timings. */
  public TriggerState initialState() {
    return TriggerState.initial(this);
  }

  /**
   * Canonical text: the policy (empty for the default, {@code ONCE}, or {@code EVERY 10m}), then
   * {@code ON CLOSE} for {@link Timing#CLOSE}; the default {@code ON TICK} is not written. Empty
   * for {@link #RISING_EDGE}.
   */
  public String toText() {
    String policyText =
        switch (policy) {
          case RISING_EDGE -> "";
          case ONCE -> "ONCE";
          case EVERY -> "EVERY " + everyMinutes + "m";
        };
    if (timing == Timing.TICK) return policyText;
    return policyText.isEmpty() ? "ON " + timing : policyText + " ON " + timing;
  }
}
