package com.tweetrade.job.rules;

import com.tweetrade.model.Alert;
import com.tweetrade.model.rules.Rule;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The alert a firing of a {@code NOTIFY} rule raises, with an id that a replay gives again.
 *
 * <p>{@code ALSO NOTIFY}: the alert's id is the trade's id, so a webhook receiver can match the two
 * and deduplicate by either. {@code THEN NOTIFY} (no trade): made like a trade id from the rule and
 * the firing, in a namespace of its own ({@code alert/}), so it never equals a trade's id.
 */
public final class RuleAlerts {
  private RuleAlerts() {}

  /**
   * The alert of a firing at {@code eventTime}; {@code tradeId} is the order it follows, {@code ""}
   * for an alert-only rule (then the id comes from {@code closed} and {@code trigger}).
   */
  static Alert of(Rule rule, String tradeId, long eventTime, boolean closed, String trigger) {
    String id =
        !tradeId.isEmpty()
            ? tradeId
            : closed
                ? alertId(rule.id(), eventTime)
                : tickAlertId(rule.id(), rule.revision(), trigger);
    return new Alert(id, rule.userId(), rule.id(), rule.notifyText(), tradeId, eventTime);
  }

  /** ON CLOSE, alert-only: from rule id and evaluation time, like {@code tradeId}. */
  public static String alertId(String ruleId, long eventTime) {
    return uuid("alert/" + ruleId + '@' + eventTime);
  }

  /** ON TICK, alert-only: from rule, revision and triggering event, like {@code tickTradeId}. */
  public static String tickAlertId(String ruleId, long revision, String trigger) {
    return uuid("alert/" + ruleId + '#' + revision + '@' + trigger);
  }

  private static String uuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
