package com.tweetrade.model.rules;

import com.tweetrade.model.WindowSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A user's compiled rule as the job holds it: the parsed definition plus owner and lifecycle.
 *
 * @param id stable rule id, the key on the rules topic
 * @param userId the owner
 * @param condition the WHEN part
 * @param action the order of the THEN part, or null for an alert-only rule ({@code THEN NOTIFY})
 * @param trigger when a true condition fires, and when the condition is decided ({@link #timing()})
 * @param paused a paused rule is kept but not evaluated
 * @param revision per-rule change counter from the {@link RuleEvent}
 * @param schemaVersion the {@link RuleEvent#schemaVersion} it was built from
 * @param expiresAt event time (epoch ms) from which the rule no longer fires, or {@code null} for
 *     never (see {@link RuleEvent#expiresAt})
 * @param notifyText the alert's text ({@code NOTIFY "text"} or {@code ALSO NOTIFY "text"}), or null
 *     for a rule that raises no alert
 */
public record Rule(
    String id,
    String userId,
    Condition condition,
    Action action,
    Trigger trigger,
    boolean paused,
    long revision,
    int schemaVersion,
    Long expiresAt,
    String notifyText) {

  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(trigger, "trigger");
    if (action == null && notifyText == null) {
      throw new IllegalArgumentException("a rule needs an action, an alert (NOTIFY) or both");
    }
  }

  /** A rule with the given definition and lifecycle fields that never expires. */
  public static Rule of(
      String id,
      String userId,
      RuleDefinition definition,
      boolean paused,
      long revision,
      int schemaVersion) {
    return of(
        id, userId, definition, paused, revision, schemaVersion, RuleEvent.GOOD_TILL_CANCELLED);
  }

  /** A rule with the given definition, lifecycle fields and expiry. */
  public static Rule of(
      String id,
      String userId,
      RuleDefinition definition,
      boolean paused,
      long revision,
      int schemaVersion,
      Long expiresAt) {
    return new Rule(
        id,
        userId,
        definition.condition(),
        definition.action(),
        definition.trigger(),
        paused,
        revision,
        schemaVersion,
        expiresAt,
        definition.notifyText());
  }

  /**
   * Compiles the rule an event describes.
   *
   * <p>An event of schema 1 or 2 is compiled {@code ON CLOSE} whatever its text says: those were
   * written when every rule was decided on closed panes (their language had no timing clause), so
   * they keep that behaviour. From schema 3 the text decides, and a text without a clause is {@code
   * ON TICK}.
   *
   * @throws IllegalArgumentException for a DELETE (it describes no rule) or an unsupported schema
   * @throws RuleParseException when the text does not compile
   */
  public static Rule fromEvent(RuleEvent event, Predicate<String> knownTickers) {
    return fromEvent(event, knownTickers, WindowSet.LIVE);
  }

  /** Like {@link #fromEvent(RuleEvent, Predicate)}, for a source that serves {@code windows}. */
  public static Rule fromEvent(RuleEvent event, Predicate<String> knownTickers, WindowSet windows) {
    if (event.type() == RuleEvent.Type.DELETE) {
      throw new IllegalArgumentException("a DELETE event carries no rule: " + event.ruleId());
    }
    if (!event.hasSupportedSchema()) {
      throw new IllegalArgumentException(
          "rule event schema "
              + event.schemaVersion()
              + " is newer than "
              + RuleEvent.CURRENT_SCHEMA);
    }
    RuleDefinition definition = ParsedRules.parse(event.text(), knownTickers, windows);
    if (event.schemaVersion() < RuleEvent.TIMING_SCHEMA)
      definition = definition.withTiming(Timing.CLOSE);
    return of(
        event.ruleId(),
        event.userId(),
        definition,
        event.paused(),
        event.revision(),
        event.schemaVersion(),
        event.expiresAt());
  }

  public RuleDefinition definition() {
    return new RuleDefinition(condition, action, trigger, notifyText);
  }

  /** When the rule is decided: {@code trigger().timing()}. */
  public Timing timing() {
    return trigger.timing();
  }

  /** The canonical rule text. */
  public String toText() {
    return definition().toText();
  }

  /** See {@link RuleDefinition#inputs()}. */
  public Set<String> inputs() {
    return definition().inputs();
  }

  /** See {@link RuleDefinition#tickers()}. */
  public Set<String> tickers() {
    return definition().tickers();
  }

  /** Whether a firing sends an order ({@code false} for {@code THEN NOTIFY}). */
  public boolean trades() {
    return action != null;
  }

  /** Whether a firing raises an alert ({@code NOTIFY} or {@code ALSO NOTIFY}). */
  public boolean notifies() {
    return notifyText != null;
  }

  /** The ticker the action trades, or null for an alert-only rule. */
  public String tradedTicker() {
    return action == null ? null : action.ticker();
  }

  /** See {@link RuleDefinition#keywords()}. */
  public Set<String> keywords() {
    return definition().keywords();
  }

  public Rule withPaused(boolean paused, long revision) {
    return new Rule(
        id,
        userId,
        condition,
        action,
        trigger,
        paused,
        revision,
        schemaVersion,
        expiresAt,
        notifyText);
  }

  /**
   * Whether the rule has expired by {@code eventTime}: it has an expiry and the time reached it.
   */
  public boolean expiredAt(long eventTime) {
    return expiresAt != null && eventTime >= expiresAt;
  }

  /** Whether the rule may fire at {@code eventTime}: not paused and not expired. */
  public boolean firesAt(long eventTime) {
    return !paused && !expiredAt(eventTime);
  }
}
