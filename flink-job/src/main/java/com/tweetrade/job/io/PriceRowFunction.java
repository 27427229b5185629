package com.tweetrade.job.io;

import static org.apache.flink.api.common.typeinfo.BasicTypeInfo.DATE_TYPE_INFO;
import static org.apache.flink.api.common.typeinfo.Types.DOUBLE;
import static org.apache.flink.api.common.typeinfo.Types.LONG;
import static org.apache.flink.api.common.typeinfo.Types.STRING;

import com.tweetrade.model.PriceAggregate;
import java.util.Date;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.types.Row;

/**
 * A price aggregate as a {@code stockTimeSeries} row, in the column order of {@link
 * CassandraSinks#PRICE_INSERT}.
 */
public class PriceRowFunction implements MapFunction<PriceAggregate, Row> {
  public static final TypeInformation<Row> ROW =
      Types.ROW(
          STRING, STRING, STRING, DATE_TYPE_INFO, DOUBLE, DOUBLE, LONG, LONG, LONG, LONG, LONG);

  @Override
  public Row map(PriceAggregate a) {
    return Row.of(
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
