package com.tweetrade.job.trading;

import com.tweetrade.job.analytics.ModelTypes;
import com.tweetrade.job.rules.Holding;
import com.tweetrade.model.EquityPoint;
import com.tweetrade.model.Position;
import java.util.List;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.util.OutputTag;

/**
 * State descriptors and side-output tags of market price and paper trading.
 *
 * <p>Descriptor names are part of savepoints: like uids, they never change after the first deploy.
 */
public final class TradingDescriptors {
  /** Market price, per ticker: the newest quote. */
  public static final ValueStateDescriptor<com.tweetrade.model.Quote> LAST_QUOTE =
      new ValueStateDescriptor<>("last-quote", ModelTypes.QUOTE);

  /**
   * The order book, per ticker: limit and stop orders resting until a quote reaches them, by trade
   * id.
   */
  public static final MapStateDescriptor<String, Order> RESTING_ORDERS =
      new MapStateDescriptor<>("resting-orders", Types.STRING, TradingTypes.ORDER);

  /** Market price in a replay, per ticker: quotes by event time, not yet behind a priced order. */
  public static final MapStateDescriptor<Long, com.tweetrade.model.Quote> REPLAY_QUOTES =
      new MapStateDescriptor<>("replay-quotes", Types.LONG, ModelTypes.QUOTE);

  /** Market price in a replay, per ticker: market orders waiting for event time, by their time. */
  public static final MapStateDescriptor<Long, List<Order>> REPLAY_ORDERS =
      new MapStateDescriptor<>("replay-orders", Types.LONG, Types.LIST(TradingTypes.ORDER));

  /** Paper trading, per user: ticker to holding. */
  public static final MapStateDescriptor<String, Holding> HOLDINGS =
      new MapStateDescriptor<>("holdings", Types.STRING, TradingTypes.HOLDING);

  /** Paper trading, per user: trades waiting for the watermark, by event time. */
  public static final MapStateDescriptor<Long, List<com.tweetrade.model.Trade>> PENDING_TRADES =
      new MapStateDescriptor<>("pending-trades", Types.LONG, Types.LIST(TradingTypes.TRADE));

  /**
   * Paper trading, per user: ON CLOSE orders waiting for the watermark, by event time (since sizing
   * and brackets; {@link #PENDING_TRADES} drains what older savepoints hold).
   */
  public static final MapStateDescriptor<Long, List<Order>> PENDING_ORDERS =
      new MapStateDescriptor<>("pending-orders", Types.LONG, Types.LIST(TradingTypes.ORDER));

  /**
   * Paper trading, per user: the shares each filled bracket entry bought or sold, by its trade id,
   * until one of its exits fills (they size the exits).
   */
  public static final MapStateDescriptor<String, Long> ENTRY_FILLS =
      new MapStateDescriptor<>("entry-fills", Types.STRING, Types.LONG);

  /** Paper trading, per user: event times of the filled orders of the last minute. */
  public static final MapStateDescriptor<Long, Integer> RECENT_ORDERS =
      new MapStateDescriptor<>("recent-orders", Types.LONG, Types.INT);

  /**
   * Paper trading, per user: the cash in cents. Absent until the user's first fill (and in
   * savepoints of before the cash account).
   */
  public static final ValueStateDescriptor<Long> CASH =
      new ValueStateDescriptor<>("cash-cents", Types.LONG);

  /**
   * Paper trading, per user: the starting capital in cents the account is on, as the user last set
   * it. Absent until the user sets one: then the job's {@code --starting-capital}.
   */
  public static final ValueStateDescriptor<Long> CAPITAL =
      new ValueStateDescriptor<>("starting-capital-cents", Types.LONG);

  /**
   * Paper trading's second input when a run has no account settings (tests, backtests): a side
   * output of the market-price step that nothing writes, an empty stream that adds no operator.
   */
  public static final OutputTag<com.tweetrade.model.AccountSettings> NO_ACCOUNT_SETTINGS =
      new OutputTag<>("no-account-settings", TradingTypes.ACCOUNT_SETTINGS);

  /** The cash after each fill and each change of starting capital, for the equity step. */
  public static final OutputTag<CashBalance> CASH_BALANCES =
      new OutputTag<>("cash-balances", TradingTypes.CASH_BALANCE);

  /** Mark to market, per ticker: user to open position, as paper trading last sent it. */
  public static final MapStateDescriptor<String, Position> MARKED_POSITIONS =
      new MapStateDescriptor<>("marked-positions", Types.STRING, TradingTypes.POSITION);

  /** Mark to market, per ticker: the last second of event time the positions were revalued in. */
  public static final ValueStateDescriptor<Long> MARKED_SECOND =
      new ValueStateDescriptor<>("marked-second", Types.LONG);

  /** Equity, per user: ticker to open position at its latest valuation. */
  public static final MapStateDescriptor<String, Position> EQUITY_POSITIONS =
      new MapStateDescriptor<>("equity-positions", Types.STRING, TradingTypes.POSITION);

  /** Equity, per user: the latest point (its cash and time). */
  public static final ValueStateDescriptor<EquityPoint> EQUITY_LATEST =
      new ValueStateDescriptor<>("equity-latest", TradingTypes.EQUITY_POINT);

  /** The order book's changes of resting orders, for the {@code openOrders} table. */
  public static final OutputTag<com.tweetrade.model.OpenOrder> OPEN_ORDERS =
      new OutputTag<>("open-orders", TradingTypes.OPEN_ORDER);

  /** Positions after each fill, for the sinks. */
  public static final OutputTag<Position> POSITIONS =
      new OutputTag<>("positions", TradingTypes.POSITION);

  private TradingDescriptors() {}
}
