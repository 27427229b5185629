package com.tweetrade.job.io;

import com.tweetrade.model.PriceAggregate;
import java.util.Date;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.BasicTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple11;

/**
 * A price aggregate as a {@code stockTimeSeries} row, in the column order of {@link
 * CassandraSinks#PRICE_INSERT}.
 */
public class PriceRowFunction
    implements MapFunction<
        PriceAggregate,
        Tuple11<String, String, String, Date, Double, Double, Long, Long, Long, Long, Long>> {

  public static final TypeInformation<
          Tuple11<String, String, String, Date, Double, Double, Long, Long, Long, Long, Long>>
      ROW =
          Types.TUPLE(
              Types.STRING,
              Types.STRING,
              Types.STRING,
              BasicTypeInfo.DATE_TYPE_INFO,
              Types.DOUBLE,
              Types.DOUBLE,
              Types.LONG,
              Types.LONG,
              Types.LONG,
              Types.LONG,
              Types.LONG);

  @Override
  public Tuple11<String, String, String, Date, Double, Double, Long, Long, Long, Long, Long> map(
      PriceAggregate a) {
    return Tuple11.of(
        a.ticker(),
        a.window(),
        CassandraSinks.day(a.windowEnd()),
        new Date(a.windowEnd()),
        a.avgCents(),
        a.vwapCents(),
        a.minCents(),
        a.maxCents(),
        a.lastCents(),
        a.count(),
        a.volume());
  }
}
