package com.tweetrade.model.rules;

/**
 * When the job decides a rule: on each input event, or on closed panes (written {@code ON TICK} /
 * {@code ON CLOSE} after the trigger; like TradingView's "once per bar" and "once per bar close").
 *
 * <p>The trigger policy ({@link Trigger.Policy}) says what a true condition does; the timing says
 * at which moments the condition is looked at. {@link TriggerState} is the same for both.
 */
public enum Timing {
  /**
   * {@code ON TICK}, the default (written as nothing): the rule is decided on arrival of each input
   * event that updates it, on the window ending at that event (closed panes plus the live partial
   * pane). Fast, but not replayable byte for byte when the rule reads several streams: their
   * interleaving at arrival is not reproducible.
   */
  TICK,
  /**
   * {@code ON CLOSE}: the rule is decided on closed 10 s panes, in event-time order, when the
   * watermark closes them. Deterministic under replay; what every rule of schema 1 and 2 does.
   */
  CLOSE
}
