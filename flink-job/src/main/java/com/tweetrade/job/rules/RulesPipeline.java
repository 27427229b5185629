package com.tweetrade.job.rules;

import com.tweetrade.job.functions.RulesJoin;
import com.tweetrade.job.functions.RulesStart;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.Trade;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.tickers.TickerDirectory;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The rules part of the job, pure (no IO): aggregates and rule events in, trades and positions out.
 *
 * <p>Updates are routed to the rules that read them (broadcast state + subject index), evaluated per
 * rule (keyBy rule id), then checked and filled per user (keyBy user id). The rules stream must not
 * hold back event time: give it {@code Long.MAX_VALUE} timestamps and watermarks
 * ({@code EventTimeWatermarks.forRules()}), as the job's rules source does. In the job, the rules
 * end their start-up with a catch-up marker ({@code RulesCatchUpOperator}) and the router holds
 * updates until it ({@code AwaitRulesOperator}); the evaluation applies the marker as a no-op delete.
 */
public final class RulesPipeline {
  private RulesPipeline() {}

  /** Routes updates at once ({@link RulesStart#IMMEDIATE}): for rules streams without a catch-up marker. */
  public static RulesOutputs build(DataStream<PriceAggregate> prices, DataStream<SentimentAggregate> sentiments,
      DataStream<RuleEvent> rules, RiskLimits limits, TickerDirectory tickers) {
    return build(prices, sentiments, rules, limits, tickers, RulesStart.IMMEDIATE);
  }

  /**
   * @param tickers the tickers rules may use, or null to accept any well-formed symbol
   * @param rulesStart {@link RulesStart#AFTER_CATCH_UP}: the router holds updates until the rules of
   *     job start are all in, so replays do not depend on which source was faster at start-up
   */
  public static RulesOutputs build(DataStream<PriceAggregate> prices, DataStream<SentimentAggregate> sentiments,
      DataStream<RuleEvent> rules, RiskLimits limits, TickerDirectory tickers, RulesStart rulesStart) {
    DataStream<InputUpdate> updates = prices
        .map(new PriceInputFunction(), RulesTypes.INPUT_UPDATE)
        .uid(RulesUids.PRICE_INPUTS).name("Price Rule Inputs")
        .union(sentiments
            .map(new SentimentInputFunction(), RulesTypes.INPUT_UPDATE)
            .uid(RulesUids.SENTIMENT_INPUTS).name("Sentiment Rule Inputs"));
    BroadcastStream<RuleEvent> broadcastRules = rules.broadcast(RulesDescriptors.RULES);

    SingleOutputStreamOperator<RuleInput> routed = RulesJoin.of(updates, rules, new RuleRouterFunction(tickers),
            RulesDescriptors.RULES, RulesTypes.RULE_INPUT, rulesStart, "Route Inputs to Rules")
        .uid(RulesUids.ROUTE_TO_RULES);

    SingleOutputStreamOperator<Trade> orders = routed
        .keyBy(RuleInput::ruleId, Types.STRING)
        .connect(broadcastRules)
        .process(new RuleEvaluationFunction(tickers), RulesTypes.TRADE)
        .uid(RulesUids.EVALUATE_RULES).name("Evaluate Rules");

    SingleOutputStreamOperator<Trade> trades = orders
        .keyBy(Trade::userId, Types.STRING)
        .process(new PaperTradingFunction(limits), RulesTypes.TRADE)
        .uid(RulesUids.PAPER_TRADING).name("Paper Trading");

    return new RulesOutputs(trades, trades.getSideOutput(RulesDescriptors.POSITIONS),
        routed.getSideOutput(RulesDescriptors.RULE_DEAD_LETTERS));
  }
}
