package com.tweetrade.job.rules;

import com.tweetrade.job.trading.Order;
import com.tweetrade.job.trading.TradeStatus;
import com.tweetrade.model.Trade;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.Action;
import com.tweetrade.model.rules.Condition;
import com.tweetrade.model.rules.InputKeys;
import com.tweetrade.model.rules.InputValues;
import com.tweetrade.model.rules.Rule;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.Timing;
import com.tweetrade.model.rules.TriggerState;
import com.tweetrade.model.tickers.TickerDirectory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Evaluates one rule (the key) on its inputs and fires orders per its trigger policy and timing,
 * and the alerts of {@code NOTIFY} rules on {@link RulesDescriptors#ALERTS} ({@link RuleAlerts}).
 *
 * <p>{@code ON TICK}: each update is applied and the rule evaluated at once, at the newest event
 * time the rule has seen; an input keeps its value until a newer update replaces it or its data
 * ages out ({@link InputFreshness}). The order id derives from rule, revision and the triggering
 * event.
 *
 * <p>{@code ON CLOSE}: close updates wait in keyed state until the watermark passes their event
 * time; then all updates of that time are applied together and the rule is evaluated once, so the
 * result does not depend on the order in which the price and sentiment channels deliver them. The
 * order id derives from rule id and evaluation time, so a replay repeats it.
 *
 * <p>In a replay (a backtest reads its history far ahead of event time, each stream at its own
 * pace) a tick waits, like a close, until the watermark passes it: the ticks of a rule are then
 * applied in event-time order, as they would have arrived live, not in the order the replay read
 * the streams (the quotes of a whole year can be in before the first post).
 *
 * <p>State: input values and trigger progress per rule, cleared when the rule is deleted (through
 * {@code applyToKeyedState}, a scan of this instance's rules: deletes are rare); pending updates,
 * cleared by their timer. A paused rule, or one past its {@code expiresAt}, keeps its values
 * current but is not evaluated.
 */
public class RuleEvaluationFunction
    extends KeyedBroadcastProcessFunction<String, RuleInput, RuleEvent, Order> {
  private static final long serialVersionUID = 1L;

  private final TickerDirectory tickers;
  private final WindowSet windows;
  private final InputFreshness freshness;
  private final boolean replay;
  private transient ValueState<Map<String, InputValue>> values;
  private transient MapState<Long, Map<String, InputValue>> pending;
  private transient MapState<Long, List<RuleInput>> replayTicks;
  private transient ValueState<RuleProgress> progress;

  /** Compiled rules by id; derived from the broadcast state, checked against its revision. */
  private transient Map<String, Rule> compiled;

  private transient Map<String, Definition> definitions;
  private transient Counter fired;
  private transient Histogram eventToDecision;

  /**
   * @param tickers the tickers rules may use, or null to accept any well-formed symbol
   * @param windows the windows rules may read
   */
  public RuleEvaluationFunction(
      TickerDirectory tickers, WindowSet windows, InputFreshness freshness) {
    this(tickers, windows, freshness, false);
  }

  /**
   * @param replay the inputs are history read ahead of event time: ticks wait for it (see above)
   */
  public RuleEvaluationFunction(
      TickerDirectory tickers, WindowSet windows, InputFreshness freshness, boolean replay) {
    this.replay = replay;
    this.tickers = tickers;
    this.windows = windows;
    this.freshness = freshness;
  }

  @Override
  public void open(OpenContext openContext) {
    values = getRuntimeContext().getState(RulesDescriptors.INPUTS);
    pending = getRuntimeContext().getMapState(RulesDescriptors.PENDING_UPDATES);
    // Only a replay has this state: the live job's checkpoints keep the states they had.
    if (replay) replayTicks = getRuntimeContext().getMapState(RulesDescriptors.REPLAY_TICKS);
    progress = getRuntimeContext().getState(RulesDescriptors.PROGRESS);
    compiled = new HashMap<>();
    definitions = new HashMap<>();
    fired = getRuntimeContext().getMetricGroup().counter("rulesFired");
    // Wall clock at the decision minus the event time it decided at (for ON TICK the triggering
    // quote's or tweet's own time): the job's reaction time on live data, for the Flink UI and
    // Prometheus (meaningless on historical clocks).
    eventToDecision =
        getRuntimeContext()
            .getMetricGroup()
            .histogram("eventToDecisionMs", new DescriptiveStatisticsHistogram(1_024));
  }

  @Override
  public void processElement(RuleInput in, ReadOnlyContext ctx, Collector<Order> out)
      throws Exception {
    Rule rule = rule(ctx.getCurrentKey(), ctx.getBroadcastState(RulesDescriptors.RULES));
    if (rule == null) {
      clearIfIdle();
      return;
    }
    if (rule.timing() == Timing.TICK && replay) {
      List<RuleInput> waiting = replayTicks.get(in.eventTime());
      if (waiting == null) {
        waiting = new ArrayList<>();
        ctx.timerService().registerEventTimeTimer(in.eventTime());
      }
      waiting.add(in);
      replayTicks.put(in.eventTime(), waiting);
    } else if (rule.timing() == Timing.TICK) {
      tick(rule, in, ctx, out);
    } else if (in.closed()) {
      Map<String, InputValue> held = pending.get(in.eventTime());
      Map<String, InputValue> waiting = new HashMap<>(held == null ? Map.of() : held);
      if (held == null) ctx.timerService().registerEventTimeTimer(in.eventTime());
      // Two updates of one key at one time agree in practice; if not, the larger wins whatever the
      // order.
      in.values()
          .forEach(
              (k, v) ->
                  waiting.merge(
                      k,
                      new InputValue(v, in.eventTime(), in.newestEventTime()),
                      (a, b) -> a.value() >= b.value() || Double.isNaN(b.value()) ? a : b));
      pending.put(in.eventTime(), waiting);
    }
  }

  @Override
  public void onTimer(long time, OnTimerContext ctx, Collector<Order> out) throws Exception {
    if (replay) replayTicks(time, ctx, out);
    Map<String, InputValue> due = pending.get(time);
    if (due == null) return;
    pending.remove(time);
    Rule rule = rule(ctx.getCurrentKey(), ctx.getBroadcastState(RulesDescriptors.RULES));
    if (rule == null) {
      // Deleted after these updates were routed (or not evaluable): nothing of this key may stay.
      clearIfIdle();
      return;
    }
    Map<String, InputValue> current = current();
    current.putAll(due);
    if (rule.timing() == Timing.CLOSE) {
      evaluate(rule, current, time, "close:" + time, true, ctx, out);
    } else {
      values.update(current); // the rule became ON TICK while these waited: keep the values only
    }
  }

  /** Replay: the ticks of {@code time}, in trigger order, whatever order they were read in. */
  private void replayTicks(long time, OnTimerContext ctx, Collector<Order> out) throws Exception {
    List<RuleInput> due = replayTicks.get(time);
    if (due == null) return;
    replayTicks.remove(time);
    Rule rule = rule(ctx.getCurrentKey(), ctx.getBroadcastState(RulesDescriptors.RULES));
    // Deleted, or made ON CLOSE while they waited: ON CLOSE rules ignore ticks.
    if (rule == null || rule.timing() != Timing.TICK) return;
    due.sort(Comparator.comparing(RuleInput::trigger));
    for (RuleInput in : due) tick(rule, in, ctx, out);
  }

  private void tick(Rule rule, RuleInput in, ReadOnlyContext ctx, Collector<Order> out)
      throws Exception {
    Map<String, InputValue> current = current();
    long now = apply(current, in);
    evaluate(rule, current, now, in.trigger(), false, ctx, out);
  }

  /**
   * Applies a tick (or a keyword's close) unless a newer update set the key; returns the rule's
   * now.
   */
  private static long apply(Map<String, InputValue> current, RuleInput in) {
    long now = in.eventTime();
    for (InputValue v : current.values()) now = Math.max(now, v.asOf());
    for (Map.Entry<String, Double> e : in.values().entrySet()) {
      InputValue held = current.get(e.getKey());
      if (held == null || in.eventTime() >= held.asOf()) {
        current.put(e.getKey(), new InputValue(e.getValue(), in.eventTime(), in.newestEventTime()));
      }
    }
    return now;
  }

  private void evaluate(
      Rule rule,
      Map<String, InputValue> current,
      long now,
      String trigger,
      boolean closed,
      ReadOnlyContext ctx,
      Collector<Order> out)
      throws Exception {
    RuleProgress held = progress.value();
    String definition = definitionOf(rule);
    if (held == null || !held.definition().equals(definition)) {
      held = new RuleProgress(definition, rule.trigger().initialState());
      current.keySet().retainAll(neededInputs(rule));
    }
    values.update(current);
    // Paused or expired (schema 2's expiresAt, event time): keep values and trigger, fire nothing.
    if (!rule.firesAt(now)) {
      progress.update(held);
      return;
    }
    InputValues inputs = freshness.at(current, now);
    TriggerState.Step step = held.trigger().next(rule.condition().evaluate(inputs), now);
    progress.update(new RuleProgress(definition, step.state()));
    if (rememberCrossings(rule, inputs, current, now)) values.update(current);
    if (step.fire()) {
      fired.inc();
      eventToDecision.update(System.currentTimeMillis() - now);
      String id = "";
      if (rule.trades()) {
        id = closed ? tradeId(rule.id(), now) : tickTradeId(rule.id(), rule.revision(), trigger);
        InputValue tradedPrice = current.get(InputKeys.price(rule.tradedTicker()));
        out.collect(order(rule, id, now, inputs, tradedPrice, closed, trigger));
      }
      // The alert of ALSO NOTIFY follows the order whether it fills or not: it says the rule fired.
      if (rule.notifies()) {
        ctx.output(RulesDescriptors.ALERTS, RuleAlerts.of(rule, id, now, closed, trigger));
      }
    }
  }

  /**
   * Keeps the sides of the rule's crossings at this evaluation, where both are known, for the next
   * one: in the rule's input values under {@link Condition.Crossing#memoryKey}, so they are
   * checkpointed, carried by {@code migrate} and dropped with the inputs when the definition
   * changes (its first evaluation then does not cross). Returns whether any was kept.
   */
  private static boolean rememberCrossings(
      Rule rule, InputValues inputs, Map<String, InputValue> current, long now) {
    boolean kept = false;
    for (Condition.Crossing crossing : rule.condition().crossings()) {
      double[] sides = crossing.sides(inputs);
      if (sides == null) continue;
      current.put(crossing.memoryKey(true), new InputValue(sides[0], now, now));
      current.put(crossing.memoryKey(false), new InputValue(sides[1], now, now));
      kept = true;
    }
    return kept;
  }

  /**
   * The order a firing sends: market orders at the traded ticker's last price (or 0), limit and
   * stop-limit orders at the limit, stop orders at the stop; resting ones good until the rule's
   * expiry.
   */
  static Order order(
      Rule rule,
      String id,
      long time,
      InputValues inputs,
      InputValue tradedPrice,
      boolean closed,
      String trigger) {
    Action action = rule.action();
    boolean market = action.isMarket();
    // Every order carries the traded ticker's price the rule had: a market order is priced at it, a
    // limit or stop order is checked against it on placing.
    long marketCents = cents(inputs.value(InputKeys.price(action.ticker())));
    long price =
        market ? marketCents : action.limitCents() > 0 ? action.limitCents() : action.stopCents();
    long priceTime = marketCents > 0 ? tradedPrice.newestEventTime() : Long.MIN_VALUE;
    Trade trade =
        new Trade(
            id,
            rule.userId(),
            rule.id(),
            action.side().name(),
            action.quantity(),
            action.ticker(),
            price,
            time,
            TradeStatus.PENDING,
            "",
            rule.definition().explain(inputs),
            trigger);
    long expiresAt = rule.expiresAt() == null ? Long.MAX_VALUE : rule.expiresAt();
    return new Order(
        trade,
        priceTime,
        closed,
        action.type(),
        action.limitCents(),
        action.stopCents(),
        expiresAt,
        action.amountCents(),
        action.equityBasisPoints(),
        action.takeProfitBasisPoints(),
        action.stopLossBasisPoints(),
        "",
        market ? 0 : marketCents);
  }

  /** ON CLOSE: deterministic from rule id and evaluation time, so a replay yields the same id. */
  public static String tradeId(String ruleId, long eventTime) {
    return uuid(ruleId + '@' + eventTime);
  }

  /**
   * ON TICK: deterministic from rule, revision and the triggering event, so a replay yields the
   * same id.
   */
  public static String tickTradeId(String ruleId, long revision, String trigger) {
    return uuid(ruleId + '#' + revision + '@' + trigger);
  }

  private static String uuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  @Override
  public void processBroadcastElement(RuleEvent event, Context ctx, Collector<Order> out)
      throws Exception {
    RuleChange change =
        RuleBook.apply(
            ctx.getBroadcastState(RulesDescriptors.RULES), event, knownTickers(), windows);
    switch (change.kind()) {
      case STORED -> compiled.put(change.ruleId(), change.rule());
      case REMOVED -> {
        compiled.remove(change.ruleId());
        definitions.remove(change.ruleId());
        String id = change.ruleId();
        ctx.applyToKeyedState(
            RulesDescriptors.INPUTS,
            (key, state) -> {
              if (id.equals(key)) state.clear();
            });
        ctx.applyToKeyedState(
            RulesDescriptors.PROGRESS,
            (key, state) -> {
              if (id.equals(key)) state.clear();
            });
        ctx.applyToKeyedState(
            RulesDescriptors.PENDING_UPDATES,
            (key, state) -> {
              if (id.equals(key)) state.clear();
            });
      }
      case STALE, INVALID -> {}
    }
  }

  /**
   * The rule's canonical text without its timing (choosing when to decide does not restart the
   * trigger), cached per revision: it is compared on every evaluation.
   */
  private String definitionOf(Rule rule) {
    Definition held = definitions.get(rule.id());
    if (held == null || held.revision() != rule.revision()) {
      held = new Definition(rule.revision(), rule.definition().withTiming(Timing.TICK).toText());
      definitions.put(rule.id(), held);
    }
    return held.text();
  }

  private record Definition(long revision, String text) {}

  private Map<String, InputValue> current() throws Exception {
    Map<String, InputValue> held = values.value();
    return held == null ? new HashMap<>() : new HashMap<>(held);
  }

  private static long cents(double dollars) {
    return Double.isNaN(dollars) ? 0 : Math.round(dollars * 100);
  }

  private static Set<String> neededInputs(Rule rule) {
    return RuleBook.neededInputs(rule);
  }

  private void clearIfIdle() throws Exception {
    if (pending.isEmpty() && (!replay || replayTicks.isEmpty())) {
      values.clear();
      progress.clear();
    }
  }

  private Rule rule(String id, ReadOnlyBroadcastState<String, RuleEvent> rules) throws Exception {
    RuleEvent event = rules.get(id);
    if (event == null) {
      compiled.remove(id);
      definitions.remove(id);
      return null;
    }
    Rule rule = compiled.get(id);
    if (rule == null || rule.revision() != event.revision()) {
      rule = RuleBook.compileOrNull(event, knownTickers(), windows);
      if (rule == null) return null;
      compiled.put(id, rule);
    }
    return rule;
  }

  private Predicate<String> knownTickers() {
    return tickers == null ? null : tickers::contains;
  }
}
