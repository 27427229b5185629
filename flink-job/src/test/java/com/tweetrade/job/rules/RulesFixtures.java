package com.tweetrade.job.rules;

import com.tweetrade.job.trading.Order;
import com.tweetrade.job.trading.TradeStatus;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.Trade;
import com.tweetrade.model.rules.RuleEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.AbstractStreamOperatorTestHarness;
import org.apache.flink.util.OutputTag;

/** Named builders and time constants for the rules part's tests. */
public final class RulesFixtures {
  /** A pane boundary: 2024-03-01 10:00:00 UTC. */
  public static final long T0 = Instant.parse("2024-03-01T10:00:00Z").toEpochMilli();

  static final long TEN_SECONDS = 10_000;
  public static final long ONE_MINUTE = 60_000;
  public static final String ALICE = "alice";

  private RulesFixtures() {}

  /**
   * Makes any state or record type that would fall back to Kryo fail, like pipeline.generic-types:
   * false.
   */
  public static void noKryo(AbstractStreamOperatorTestHarness<?> harness) {
    harness.getExecutionConfig().disableGenericTypes();
  }

  /** The values {@code harness} sent to side output {@code tag}, in order; none if it sent none. */
  public static <T> List<T> sideOutput(
      AbstractStreamOperatorTestHarness<?> harness, OutputTag<T> tag) {
    var records = harness.getSideOutput(tag);
    return records == null ? List.of() : records.stream().map(StreamRecord::getValue).toList();
  }

  public static <T> TypeSerializer<T> serializer(TypeInformation<T> type) {
    ExecutionConfig config = new ExecutionConfig();
    config.disableGenericTypes();
    return type.createSerializer(config.getSerializerConfig());
  }

  public static long at(int panes) {
    return T0 + panes * TEN_SECONDS;
  }

  /** 10 s panes, prices good for a minute: the job's defaults. */
  static final InputFreshness FRESHNESS = new InputFreshness(TEN_SECONDS, ONE_MINUTE);

  /**
   * A rule as written before schema 3 (schema 2): decided ON CLOSE whatever its text says, as every
   * rule was then. The ON CLOSE tests use these; {@link #createOnTick} writes a current rule.
   */
  static RuleEvent create(String ruleId, String text) {
    return schema2(RuleEvent.create(ruleId, ALICE, text, T0));
  }

  /** A rule of the current schema: without a timing clause, decided ON TICK. */
  static RuleEvent createOnTick(String ruleId, String text) {
    return RuleEvent.create(ruleId, ALICE, text, T0);
  }

  static RuleEvent update(String ruleId, String text, long revision) {
    return schema2(RuleEvent.update(ruleId, ALICE, text, false, revision, T0));
  }

  static RuleEvent pause(String ruleId, String text, long revision) {
    return schema2(RuleEvent.pause(ruleId, ALICE, text, revision, T0));
  }

  static RuleEvent resume(String ruleId, String text, long revision) {
    return schema2(RuleEvent.resume(ruleId, ALICE, text, revision, T0));
  }

  private static RuleEvent schema2(RuleEvent e) {
    return new RuleEvent(
        2,
        e.type(),
        e.ruleId(),
        e.userId(),
        e.text(),
        e.paused(),
        e.revision(),
        e.timestamp(),
        e.expiresAt());
  }

  static RuleEvent delete(String ruleId, long revision) {
    return RuleEvent.delete(ruleId, ALICE, revision, T0);
  }

  /**
   * Values for one rule at one time, from key/value pairs: {@code input("r1", t, "price:TSLA",
   * 90.0)}.
   */
  static RuleInput input(String ruleId, long time, Object... keyValues) {
    Map<String, Double> values = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      values.put((String) keyValues[i], ((Number) keyValues[i + 1]).doubleValue());
    }
    return new RuleInput(ruleId, time, values);
  }

  static InputUpdate inputUpdate(String subject, long time, Object... keyValues) {
    RuleInput in = input("-", time, keyValues);
    return new InputUpdate(subject, time, in.values());
  }

  static PriceAggregate priceAggregate(
      String ticker, String window, long windowEnd, long avgCents, long lastCents) {
    return new PriceAggregate(
        ticker,
        window,
        windowEnd,
        avgCents,
        avgCents + 1,
        lastCents - 5,
        lastCents + 5,
        lastCents,
        10,
        1000);
  }

  static SentimentAggregate sentimentAggregate(
      String keyword, String window, long windowEnd, double mean) {
    return new SentimentAggregate(keyword, window, windowEnd, mean, 12, 0.75, 0.25);
  }

  /** An ON CLOSE order as the evaluation emits it. */
  public static Trade order(
      String ruleId,
      String user,
      String side,
      long quantity,
      String ticker,
      long priceCents,
      long time) {
    return new Trade(
        RuleEvaluationFunction.tradeId(ruleId, time),
        user,
        ruleId,
        side,
        quantity,
        ticker,
        priceCents,
        time,
        TradeStatus.PENDING,
        "",
        Map.of(),
        "close:" + time);
  }

  /** A PENDING trade {@code id} of alice's rule r1, as the trading tests place it. */
  public static Trade pending(
      String id,
      String side,
      long quantity,
      String ticker,
      long priceCents,
      long time,
      String trigger) {
    return new Trade(
        id,
        ALICE,
        "r1",
        side,
        quantity,
        ticker,
        priceCents,
        time,
        TradeStatus.PENDING,
        "",
        Map.of(),
        trigger);
  }

  /** {@code trade} as a priced ON CLOSE market order. */
  public static Order closeOrder(Trade trade) {
    return new Order(trade, trade.eventTime() - 1, true, true);
  }

  /** {@code trade} as a priced ON TICK market order. */
  public static Order tickOrder(Trade trade) {
    return new Order(trade, trade.eventTime(), false, true);
  }

  /** The list in reverse order: input order must not change a decision. */
  public static <T> java.util.List<T> reversed(java.util.List<T> list) {
    java.util.List<T> copy = new java.util.ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }
}
