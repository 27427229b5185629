package com.tweetrade.job.io;

import com.tweetrade.job.Uids;
import com.tweetrade.job.config.JobConfig;
import com.tweetrade.job.config.RulesConfig;
import com.tweetrade.model.EquityPoint;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.OpenOrder;
import com.tweetrade.model.Position;
import com.tweetrade.model.Trade;
import com.tweetrade.model.tables.Tables;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * Writes the rules part's results: trades exactly once to Kafka and idempotently to Cassandra
 * {@code trades}; positions to Cassandra {@code positions} and to Kafka; each user's account to
 * Cassandra {@code equityhistory}.
 *
 * <p>Trades: a Kafka transaction per checkpoint ({@link DeliveryGuarantee#EXACTLY_ONCE}), so
 * readers with {@code isolation.level=read_committed} see each trade once, after the checkpoint
 * completes. Records carry the wall-clock time, not the trade's event time (which may be old in a
 * replay and would put the record under the topic's retention at once). Cassandra rows are keyed by
 * user, day, event time and the deterministic trade id, so a replay overwrites them. Positions are
 * keyed by user and ticker: the latest write wins, both in Cassandra and on a compacted topic (at
 * least once).
 */
public final class TradeSinks {
  /** Every column of {@code trades}, in DDL order; {@code %s} is the keyspace. */
  public static final String TRADE_INSERT = Tables.Trades.TABLE.insert("%s") + ";";

  /** Every column of {@code positions}, in DDL order; {@code %s} is the keyspace. */
  public static final String POSITION_INSERT = Tables.Positions.TABLE.insert("%s") + ";";

  /** Every column of {@code equityhistory}, in DDL order; {@code %s} is the keyspace. */
  public static final String EQUITY_INSERT = Tables.EquityHistory.TABLE.insert("%s") + ";";

  /**
   * Every column of {@code openorders}, in DDL order, then the row's TTL ({@link
   * OpenOrderRowFunction#ttlSeconds}); {@code %s} is the keyspace.
   */
  public static final String OPEN_ORDERS_INSERT =
      Tables.OpenOrders.TABLE.insert("%s") + " USING TTL ?;";

  private TradeSinks() {}

  /**
   * The order book's changes to {@code openorders}: one row per order, overwritten on each change
   * (at least once: a replay writes the same rows again); an ended order's row expires after a
   * week.
   */
  public static void openOrders(DataStream<OpenOrder> changes, JobConfig config) throws Exception {
    CassandraSinks.rows(
        changes
            .map(new OpenOrderRowFunction(), OpenOrderRowFunction.ROW)
            .uid(Uids.OPEN_ORDER_CASSANDRA_ROWS)
            .name("Open Order to Row"),
        OPEN_ORDERS_INSERT,
        config,
        Uids.OPEN_ORDERS_CASSANDRA_SINK,
        "Cassandra openorders");
  }

  public static void trades(DataStream<Trade> trades, JobConfig config) throws Exception {
    RulesConfig rules = config.rules();
    trades
        .sinkTo(
            KafkaSinks.exactlyOnce(
                config,
                new JsonRecordSerializer<>(rules.tradesTopic(), JsonCodec.TRADE, Trade::ruleId),
                rules.transactionalIdPrefix()))
        .uid(Uids.TRADES_KAFKA_SINK)
        .name("Trades Kafka Sink (exactly once)");
    CassandraSinks.rows(
        trades
            .map(new TradeRowFunction(), TradeRowFunction.ROW)
            .uid(Uids.TRADE_CASSANDRA_ROWS)
            .name("Trade to Row"),
        TRADE_INSERT,
        config,
        Uids.TRADES_CASSANDRA_SINK,
        "Cassandra trades");
  }

  public static void positions(DataStream<Position> positions, JobConfig config) throws Exception {
    positions
        .sinkTo(
            KafkaSinks.atLeastOnce(
                config,
                new JsonRecordSerializer<>(
                    config.rules().positionsTopic(),
                    JsonCodec.POSITION,
                    p -> p.userId() + '/' + p.ticker())))
        .uid(Uids.POSITIONS_KAFKA_SINK)
        .name("Positions Kafka Sink");
    CassandraSinks.rows(
        positions
            .map(new PositionRowFunction(), PositionRowFunction.ROW)
            .uid(Uids.POSITION_CASSANDRA_ROWS)
            .name("Position to Row"),
        POSITION_INSERT,
        config,
        Uids.POSITIONS_CASSANDRA_SINK,
        "Cassandra positions");
  }

  /**
   * Each user's account to {@code equityhistory}: keyed by user, day and minute, so the points of a
   * minute overwrite one another and a replay overwrites the same rows (at least once).
   */
  public static void equity(DataStream<EquityPoint> equity, JobConfig config) throws Exception {
    CassandraSinks.rows(
        equity
            .map(new EquityRowFunction(), EquityRowFunction.ROW)
            .uid(Uids.EQUITY_CASSANDRA_ROWS)
            .name("Equity to Row"),
        EQUITY_INSERT,
        config,
        Uids.EQUITY_CASSANDRA_SINK,
        "Cassandra equityhistory");
  }
}
