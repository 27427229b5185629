package com.tweetrade.model.rules;

/**
 * What a rule's trigger remembers between evaluations; small and flat so it can live in Flink
 * state.
 *
 * <p>{@link #next} is a pure function of this state, the condition's value and the event time, so a
 * replay of the same inputs fires at the same times. An UNKNOWN condition is passed as false: it
 * re-arms {@link Trigger.Policy#RISING_EDGE}.
 *
 * @param policy the trigger's policy
 * @param periodMillis the minimum time between firings for EVERY, else 0
 * @param lastCondition the condition at the previous evaluation (false before the first)
 * @param fired whether the rule has fired at least once
 * @param lastFiredAt event time of the last firing, epoch ms; meaningless while {@code !fired}
 */
public record TriggerState(
    Trigger.Policy policy,
    long periodMillis,
    boolean lastCondition,
    boolean fired,
    long lastFiredAt) {

  private static final long MINUTE_MILLIS = 60_000L;

  static TriggerState initial(Trigger trigger) {
    return new TriggerState(
        trigger.policy(), trigger.everyMinutes() * MINUTE_MILLIS, false, false, Long.MIN_VALUE);
  }

  /** Result of one evaluation: whether to fire now, and the state to keep. */
  public record Step(boolean fire, TriggerState state) {}

  /**
   * Advances the trigger: fires per the policy when {@code conditionNow} is true.
   *
   * <ul>
   *   <li>RISING_EDGE: fires when the previous evaluation was false (or there was none);
   *   <li>ONCE: fires the first time, never again;
   *   <li>EVERY: fires when it never fired or {@code eventTime - lastFiredAt >= periodMillis}; an
   *       event time before the last firing (out of order) does not fire.
   * </ul>
   */
  public Step next(boolean conditionNow, long eventTime) {
    boolean fire =
        conditionNow
            && switch (policy) {
              case RISING_EDGE -> !lastCondition;
              case ONCE -> !fired;
              case EVERY -> !fired || eventTime - lastFiredAt >= periodMillis;
            };
    TriggerState nextState =
        fire
            ? new TriggerState(policy, periodMillis, conditionNow, true, eventTime)
            : conditionNow == lastCondition
                ? this
                : new TriggerState(policy, periodMillis, conditionNow, fired, lastFiredAt);
    return new Step(fire, nextState);
  }
}
