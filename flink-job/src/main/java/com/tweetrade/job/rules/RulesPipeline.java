package com.tweetrade.job.rules;

import com.tweetrade.job.Uids;
import com.tweetrade.job.trading.CashBalance;
import com.tweetrade.job.trading.EquityFunction;
import com.tweetrade.job.trading.MarkToMarketFunction;
import com.tweetrade.job.trading.MarketPriceFunction;
import com.tweetrade.job.trading.Order;
import com.tweetrade.job.trading.PaperTradingFunction;
import com.tweetrade.job.trading.RiskLimits;
import com.tweetrade.job.trading.TradingDescriptors;
import com.tweetrade.job.trading.TradingTypes;
import com.tweetrade.model.AccountSettings;
import com.tweetrade.model.EquityPoint;
import com.tweetrade.model.Position;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Trade;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.tickers.TickerDirectory;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The rules part of the job, pure (no IO): rule inputs, quotes and rule events in, trades,
 * positions and alerts out.
 *
 * <p>Updates are routed to the rules that read them (broadcast state + subject index, by timing),
 * evaluated per rule (keyBy rule id), priced at the market per traded ticker (keyBy ticker, beside
 * every quote), then checked and filled per user (keyBy user id); the positions are revalued at the
 * quotes (keyBy ticker) and summed with the cash into equity (keyBy user id). The rules stream must
 * not hold back event time: give it {@code Long.MAX_VALUE} timestamps and watermarks ({@code
 * EventTimeWatermarks.forRules()}), as the job's rules source does. In the job, the rules end their
 * start-up with a catch-up marker ({@code RulesCatchUpOperator}) and the router holds updates until
 * it ({@code AwaitRulesOperator}); the evaluation applies the marker as a no-op delete. Wired by
 * {@code TweeTradeJob.build}.
 */
public final class RulesPipeline {
  private RulesPipeline() {}

  /**
   * Network buffer flush interval (ms) of every operator on the way from an input to a trade.
   * Flink's default, 100 ms, lets a buffer that is not full wait that long at each of the five hops
   * (it fills in more than 100 ms at a few thousand quotes/s): with it the decision latency was
   * hundreds of ms. A full buffer still goes at once, so a backlog is read as fast as before.
   */
  public static final long DECISION_BUFFER_TIMEOUT_MS = 5;

  /**
   * @param updates rule inputs: ticks and pane closes of tickers and keywords
   * @param quotes every valid quote, for the market price of orders
   * @param tickers the tickers rules may use, or null to accept any well-formed symbol
   * @param windows the windows the updates carry: a rule reading another one is refused
   * @param replay the inputs are history read ahead of event time: ticks are decided and market
   *     orders priced once event time passes them, in event-time order ({@link
   *     RuleEvaluationFunction}, {@link MarketPriceFunction})
   * @param rulesStart {@link RulesStart#AFTER_CATCH_UP}: the router holds updates until the rules
   *     of job start are all in, so replays do not depend on which source was faster at start-up
   * @param cancelRequests {@code Order.cancelRequest}s (timestamp {@code Long.MAX_VALUE}) for the
   *     order book, or null for none
   * @param accountSettings the users' checked settings (timestamp {@code Long.MAX_VALUE}) for paper
   *     trading, or null for none
   */
  public static RulesOutputs build(
      DataStream<InputUpdate> updates,
      DataStream<Quote> quotes,
      DataStream<RuleEvent> rules,
      RiskLimits limits,
      InputFreshness freshness,
      TickerDirectory tickers,
      WindowSet windows,
      boolean replay,
      RulesStart rulesStart,
      DataStream<Order> cancelRequests,
      DataStream<AccountSettings> accountSettings) {
    SingleOutputStreamOperator<RuleInput> routed =
        RulesJoin.of(
                updates,
                rules,
                new RuleRouterFunction(tickers, windows),
                RulesDescriptors.RULES,
                RulesTypes.RULE_INPUT,
                rulesStart,
                "Route Inputs to Rules")
            .uid(Uids.ROUTE_TO_RULES)
            .setBufferTimeout(DECISION_BUFFER_TIMEOUT_MS);

    // The evaluator compiles the rules from its own broadcast input: it waits for them like the
    // router.
    SingleOutputStreamOperator<Order> orders =
        RulesJoin.keyed(
                routed.keyBy(RuleInput::ruleId, Types.STRING),
                rules,
                new RuleEvaluationFunction(tickers, windows, freshness, replay),
                RulesDescriptors.RULES,
                TradingTypes.ORDER,
                rulesStart,
                "Evaluate Rules")
            .uid(Uids.EVALUATE_RULES)
            .setBufferTimeout(DECISION_BUFFER_TIMEOUT_MS);

    DataStream<Order> toBook = cancelRequests == null ? orders : orders.union(cancelRequests);
    SingleOutputStreamOperator<Order> priced =
        quotes
            .keyBy(Quote::ticker, Types.STRING)
            .connect(toBook.keyBy(o -> o.trade().ticker(), Types.STRING))
            .process(
                new MarketPriceFunction(
                    Duration.ofMillis(freshness.priceStalenessMillis()), replay),
                TradingTypes.ORDER)
            .uid(Uids.MARKET_PRICE)
            .name("Market Price")
            .setBufferTimeout(DECISION_BUFFER_TIMEOUT_MS);

    // Without settings paper trading keeps its second input, empty: one operator shape for every
    // run, and no extra operator or uid in tests and backtests.
    DataStream<AccountSettings> settings =
        accountSettings != null
            ? accountSettings
            : priced.getSideOutput(TradingDescriptors.NO_ACCOUNT_SETTINGS);
    SingleOutputStreamOperator<Trade> trades =
        priced
            .keyBy(o -> o.trade().userId(), Types.STRING)
            .connect(settings.keyBy(AccountSettings::userId, Types.STRING))
            .process(new PaperTradingFunction(limits, replay), TradingTypes.TRADE)
            .uid(Uids.PAPER_TRADING)
            .name("Paper Trading");

    // Positions revalued at the market per ticker, then summed with the cash per user: both
    // downstream of paper trading, no feedback into it.
    DataStream<Position> filled = trades.getSideOutput(TradingDescriptors.POSITIONS);
    DataStream<CashBalance> cash = trades.getSideOutput(TradingDescriptors.CASH_BALANCES);
    DataStream<Position> marked =
        quotes
            .connect(filled)
            .keyBy(Quote::ticker, Position::ticker, Types.STRING)
            .process(new MarkToMarketFunction(), TradingTypes.POSITION)
            .uid(Uids.MARK_TO_MARKET)
            .name("Mark to Market");
    DataStream<EquityPoint> equity =
        marked
            .connect(cash)
            .keyBy(Position::userId, CashBalance::userId, Types.STRING)
            .process(new EquityFunction(), TradingTypes.EQUITY_POINT)
            .uid(Uids.EQUITY)
            .name("Equity");

    return new RulesOutputs(
        trades,
        marked,
        equity,
        routed.getSideOutput(RulesDescriptors.RULE_DEAD_LETTERS),
        orders.getSideOutput(RulesDescriptors.ALERTS),
        priced.getSideOutput(TradingDescriptors.OPEN_ORDERS));
  }
}
