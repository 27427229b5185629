package com.tweetrade.bench;

import com.tweetrade.model.Trade;
import com.tweetrade.model.rules.InputValues;
import com.tweetrade.model.rules.Rule;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.Timing;
import com.tweetrade.model.rules.Truth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the fault comparison may demand of a trade, by the rule that made it (issue 14).
 *
 * <p>A trade is <em>replayable</em> when the same input must give it again, with the same id: its
 * rule is ON CLOSE (decided on closed panes in event-time order), or ON TICK reading only the
 * ticker it trades (one Kafka partition feeds every input it reads and prices it, in one order). An
 * ON TICK rule reading several streams sees them interleaved as they happen to arrive, which no
 * replay repeats: its trades may differ between runs, but each must still satisfy its rule, and
 * none may be duplicated.
 */
public final class TradeCheck {
  private final Map<String, Rule> rules;

  private TradeCheck(Map<String, Rule> rules) {
    this.rules = rules;
  }

  /** From the rules topic's events: the newest revision of each rule that compiles. */
  public static TradeCheck of(List<RuleEvent> events) {
    Map<String, RuleEvent> newest = new HashMap<>();
    for (RuleEvent e : events)
      newest.merge(e.ruleId(), e, (a, b) -> b.revision() > a.revision() ? b : a);
    Map<String, Rule> rules = new HashMap<>();
    for (RuleEvent e : newest.values()) {
      if (e.type() == RuleEvent.Type.DELETE) continue;
      try {
        rules.put(e.ruleId(), Rule.fromEvent(e, ticker -> true));
      } catch (RuntimeException invalid) {
        // A rule the job refuses makes no trades; one that does is "not satisfied" below.
      }
    }
    return new TradeCheck(rules);
  }

  public boolean replayable(Trade trade) {
    Rule rule = rules.get(trade.ruleId());
    if (rule == null) return true; // no such rule: compared strictly, so it shows up as extra
    if (rule.timing() == Timing.CLOSE) return true;
    return rule.trades()
        && rule.keywords().isEmpty()
        && rule.tickers().equals(Set.of(rule.tradedTicker()));
  }

  /**
   * Whether the values the trade was decided on (its explanation) make its rule's condition true.
   */
  public boolean satisfied(Trade trade) {
    Rule rule = rules.get(trade.ruleId());
    return rule != null
        && rule.condition().truth(InputValues.of(trade.explanation())) == Truth.TRUE;
  }
}
