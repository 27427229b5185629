package com.tweetrade.job.io;

import com.tweetrade.model.Trade;
import java.util.Date;
import java.util.Map;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.BasicTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple12;

/** A trade as a {@code trades} row, in the column order of {@link TradeSinks#TRADE_INSERT}. */
public class TradeRowFunction
    implements MapFunction<
        Trade,
        Tuple12<
            String,
            String,
            Date,
            String,
            String,
            String,
            Long,
            String,
            Long,
            String,
            String,
            Map<String, Double>>> {

  public static final TypeInformation<
          Tuple12<
              String,
              String,
              Date,
              String,
              String,
              String,
              Long,
              String,
              Long,
              String,
              String,
              Map<String, Double>>>
      ROW =
          Types.TUPLE(
              Types.STRING,
              Types.STRING,
              BasicTypeInfo.DATE_TYPE_INFO,
              Types.STRING,
              Types.STRING,
              Types.STRING,
              Types.LONG,
              Types.STRING,
              Types.LONG,
              Types.STRING,
              Types.STRING,
              Types.MAP(Types.STRING, Types.DOUBLE));

  @Override
  public Tuple12<
          String,
          String,
          Date,
          String,
          String,
          String,
          Long,
          String,
          Long,
          String,
          String,
          Map<String, Double>>
      map(Trade t) {
    return Tuple12.of(
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
