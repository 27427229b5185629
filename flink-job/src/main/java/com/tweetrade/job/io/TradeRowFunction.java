package com.tweetrade.job.io;

import static org.apache.flink.api.common.typeinfo.BasicTypeInfo.DATE_TYPE_INFO;
import static org.apache.flink.api.common.typeinfo.Types.DOUBLE;
import static org.apache.flink.api.common.typeinfo.Types.LONG;
import static org.apache.flink.api.common.typeinfo.Types.MAP;
import static org.apache.flink.api.common.typeinfo.Types.STRING;

import com.tweetrade.model.Trade;
import java.util.Date;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.types.Row;

/** A trade as a {@code trades} row, in the column order of {@link TradeSinks#TRADE_INSERT}. */
public class TradeRowFunction implements MapFunction<Trade, Row> {
  public static final TypeInformation<Row> ROW =
      Types.ROW(
          STRING,
          STRING,
          DATE_TYPE_INFO,
          STRING,
          STRING,
          STRING,
          LONG,
          STRING,
          LONG,
          STRING,
          STRING,
          MAP(STRING, DOUBLE));

  @Override
  public Row map(Trade t) {
    return Row.of(
        t.userId(),
        CassandraSinks.day(t.eventTime()),
        new Date(t.eventTime()),
        t.id(),
        t.ruleId(),
        t.side(),
        t.quantity(),
        t.ticker(),
        t.priceCents(),
        t.status(),
        t.reason(),
        t.explanation());
  }
}
