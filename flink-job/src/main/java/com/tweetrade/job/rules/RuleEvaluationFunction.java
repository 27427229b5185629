package com.tweetrade.job.rules;

import com.tweetrade.model.Trade;
import com.tweetrade.model.rules.InputKeys;
import com.tweetrade.model.rules.InputValues;
import com.tweetrade.model.rules.Rule;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.TriggerState;
import com.tweetrade.model.tickers.TickerDirectory;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Evaluates one rule (the key) on its inputs and fires orders per its trigger policy.
 *
 * <p>Updates wait in keyed state until the watermark passes their event time; then all updates of
 * that time are applied together and the rule is evaluated once. So the result does not depend on the
 * order in which the price and sentiment channels deliver them: the same inputs give the same orders,
 * byte for byte. An order's id derives from rule id and evaluation time, so a replay repeats it.
 *
 * <p>State: latest input values and trigger progress per rule, cleared when the rule is deleted
 * (through {@code applyToKeyedState}, a scan of this instance's rules: deletes are rare); pending
 * updates, cleared by their timer. A paused rule, or one past its {@code expiresAt}, keeps its values
 * current but is not evaluated.
 */
public class RuleEvaluationFunction extends KeyedBroadcastProcessFunction<String, RuleInput, RuleEvent, Trade> {
  private static final long serialVersionUID = 1L;

  private final TickerDirectory tickers;
  private transient ValueState<Map<String, Double>> values;
  private transient MapState<Long, Map<String, Double>> pending;
  private transient ValueState<RuleProgress> progress;
  /** Compiled rules by id; derived from the broadcast state, checked against its revision. */
  private transient Map<String, Rule> compiled;
  private transient Counter fired;

  /** @param tickers the tickers rules may use, or null to accept any well-formed symbol */
  public RuleEvaluationFunction(TickerDirectory tickers) {
    this.tickers = tickers;
  }

  @Override
  public void open(OpenContext openContext) {
    values = getRuntimeContext().getState(RulesDescriptors.INPUT_VALUES);
    pending = getRuntimeContext().getMapState(RulesDescriptors.PENDING_INPUTS);
    progress = getRuntimeContext().getState(RulesDescriptors.PROGRESS);
    compiled = new HashMap<>();
    fired = getRuntimeContext().getMetricGroup().counter("rulesFired");
  }

  @Override
  public void processElement(RuleInput in, ReadOnlyContext ctx, Collector<Trade> out) throws Exception {
    Map<String, Double> held = pending.get(in.eventTime());
    Map<String, Double> waiting = new HashMap<>(in.values());
    if (held == null) {
      ctx.timerService().registerEventTimeTimer(in.eventTime());
    } else {
      // Two updates of one key at one time agree in practice; if not, the larger wins whatever the order.
      held.forEach((k, v) -> waiting.merge(k, v, Math::max));
    }
    pending.put(in.eventTime(), waiting);
  }

  @Override
  public void onTimer(long time, OnTimerContext ctx, Collector<Trade> out) throws Exception {
    Map<String, Double> due = pending.get(time);
    if (due == null) return;
    pending.remove(time);
    Rule rule = rule(ctx.getCurrentKey(), ctx.getBroadcastState(RulesDescriptors.RULES));
    if (rule == null) {
      // Deleted after these updates were routed (or not evaluable): nothing of this key may stay.
      clearIfIdle();
      return;
    }
    Map<String, Double> current = values.value();
    current = current == null ? new HashMap<>() : new HashMap<>(current);
    current.putAll(due);
    RuleProgress held = progress.value();
    String definition = rule.toText();
    if (held == null || !held.definition().equals(definition)) {
      held = new RuleProgress(definition, rule.trigger().initialState());
      current.keySet().retainAll(neededInputs(rule));
    }
    values.update(current);
    // Paused or expired (schema 2's expiresAt, event time): keep values and trigger, fire nothing.
    if (!rule.firesAt(time)) {
      progress.update(held);
      return;
    }
    InputValues inputs = InputValues.of(current);
    TriggerState.Step step = held.trigger().next(rule.condition().evaluate(inputs), time);
    progress.update(new RuleProgress(definition, step.state()));
    if (step.fire()) {
      fired.inc();
      out.collect(order(rule, time, inputs));
    }
  }

  @Override
  public void processBroadcastElement(RuleEvent event, Context ctx, Collector<Trade> out) throws Exception {
    RuleChange change = RuleBook.apply(ctx.getBroadcastState(RulesDescriptors.RULES), event, knownTickers());
    switch (change.kind()) {
      case STORED -> compiled.put(change.ruleId(), change.rule());
      case REMOVED -> {
        compiled.remove(change.ruleId());
        String id = change.ruleId();
        ctx.applyToKeyedState(RulesDescriptors.INPUT_VALUES, (key, state) -> {
          if (id.equals(key)) state.clear();
        });
        ctx.applyToKeyedState(RulesDescriptors.PROGRESS, (key, state) -> {
          if (id.equals(key)) state.clear();
        });
        ctx.applyToKeyedState(RulesDescriptors.PENDING_INPUTS, (key, state) -> {
          if (id.equals(key)) state.clear();
        });
      }
      case STALE, INVALID -> { }
    }
  }

  /** The order a firing sends: market orders at the traded ticker's last price, limit orders at the limit. */
  static Trade order(Rule rule, long time, InputValues inputs) {
    long price = rule.action().isMarket()
        ? cents(inputs.value(InputKeys.price(rule.action().ticker())))
        : rule.action().limitCents();
    return new Trade(tradeId(rule.id(), time), rule.userId(), rule.id(), rule.action().side().name(),
        rule.action().quantity(), rule.action().ticker(), price, time, TradeStatus.PENDING, "",
        rule.definition().explain(inputs));
  }

  /** Deterministic from rule id and evaluation time: a replay yields the same id. */
  public static String tradeId(String ruleId, long eventTime) {
    return UUID.nameUUIDFromBytes((ruleId + '@' + eventTime).getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static long cents(double dollars) {
    return Double.isNaN(dollars) ? 0 : Math.round(dollars * 100);
  }

  private static Set<String> neededInputs(Rule rule) {
    Set<String> keys = new java.util.HashSet<>(rule.inputs());
    keys.add(InputKeys.price(rule.action().ticker()));
    return keys;
  }

  private void clearIfIdle() throws Exception {
    if (pending.isEmpty()) {
      values.clear();
      progress.clear();
    }
  }

  private Rule rule(String id, ReadOnlyBroadcastState<String, RuleEvent> rules) throws Exception {
    RuleEvent event = rules.get(id);
    if (event == null) {
      compiled.remove(id);
      return null;
    }
    Rule rule = compiled.get(id);
    if (rule == null || rule.revision() != event.revision()) {
      rule = RuleBook.compileOrNull(event, knownTickers());
      if (rule == null) return null;
      compiled.put(id, rule);
    }
    return rule;
  }

  private Predicate<String> knownTickers() {
    return tickers == null ? null : tickers::contains;
  }
}
