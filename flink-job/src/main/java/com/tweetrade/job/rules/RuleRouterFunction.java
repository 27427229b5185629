package com.tweetrade.job.rules;

import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.tickers.TickerDirectory;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Sends each input update once to every rule that reads its subject, as a {@link RuleInput} keyed
 * by rule id with only the values that rule reads; updates that no rule reads stop here.
 *
 * <p>By timing: a tick goes to the {@code ON TICK} rules, a ticker's pane close to the {@code ON
 * CLOSE} rules, a keyword's pane close to both (for ON TICK rules it carries the aging of a keyword
 * that went quiet; a ticker's own quotes already do, and a rule reading one ticker stays
 * replayable).
 *
 * <p>Rules live in broadcast state ({@link RulesDescriptors#RULES}); the subject index is derived
 * from it and rebuilt after a restore, so the cost of an update is the number of its dependent
 * rules, not of all rules. Rule events that do not compile go to {@link
 * RulesDescriptors#RULE_DEAD_LETTERS}, once: from subtask 0 only (the evaluation applies the same
 * events silently).
 */
public class RuleRouterFunction
    extends BroadcastProcessFunction<InputUpdate, RuleEvent, RuleInput> {
  private static final long serialVersionUID = 1L;
  static final String DEAD_LETTER_SOURCE = "flink-job/rules";

  private final TickerDirectory tickers;
  private final WindowSet windows;
  private transient RuleIndex index;
  private transient Counter routed;
  private transient Counter unrouted;

  /**
   * @param tickers the tickers rules may use, or null to accept any well-formed symbol
   * @param windows the windows rules may read
   */
  public RuleRouterFunction(TickerDirectory tickers, WindowSet windows) {
    this.tickers = tickers;
    this.windows = windows;
  }

  @Override
  public void open(OpenContext openContext) {
    routed = getRuntimeContext().getMetricGroup().counter("ruleInputsRouted");
    unrouted = getRuntimeContext().getMetricGroup().counter("updatesWithoutRules");
  }

  @Override
  public void processElement(InputUpdate update, ReadOnlyContext ctx, Collector<RuleInput> out)
      throws Exception {
    RuleIndex idx = index(ctx.getBroadcastState(RulesDescriptors.RULES));
    Set<String> ruleIds = idx.rulesFor(update);
    if (ruleIds.isEmpty()) {
      unrouted.inc();
      return;
    }
    for (String ruleId : ruleIds) {
      out.collect(RuleInput.of(ruleId, update, idx.inputsOf(ruleId)));
    }
    routed.inc(ruleIds.size());
  }

  @Override
  public void processBroadcastElement(RuleEvent event, Context ctx, Collector<RuleInput> out)
      throws Exception {
    var rules = ctx.getBroadcastState(RulesDescriptors.RULES);
    RuleIndex idx = index(rules);
    RuleChange change = RuleBook.apply(rules, event, knownTickers(), windows);
    switch (change.kind()) {
      case STORED -> idx.put(change.rule());
      case REMOVED -> idx.remove(change.ruleId());
      case INVALID -> {
        // Every subtask sees every rule event: one of them reports it.
        if (getRuntimeContext().getTaskInfo().getIndexOfThisSubtask() == 0)
          deadLetter(event, change, ctx);
      }
      case STALE -> {}
    }
  }

  private static void deadLetter(RuleEvent event, RuleChange change, Context ctx) {
    ctx.output(
        RulesDescriptors.RULE_DEAD_LETTERS,
        DeadLetter.of(
            DEAD_LETTER_SOURCE,
            change.reason(),
            JsonCodec.RULE_EVENT.encodeToString(event),
            "rule " + event.ruleId() + " revision " + event.revision(),
            ctx.currentProcessingTime()));
  }

  /** The index, built from the broadcast state on first use after start or restore. */
  private RuleIndex index(ReadOnlyBroadcastState<String, RuleEvent> rules) throws Exception {
    if (index == null) index = RuleIndex.of(rules, knownTickers(), windows);
    return index;
  }

  private Predicate<String> knownTickers() {
    return tickers == null ? null : tickers::contains;
  }
}
