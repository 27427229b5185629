package com.tweetrade.job.io;

import com.tweetrade.model.EquityPoint;
import java.util.Date;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.BasicTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple8;

/**
 * An equity point as an {@code equityhistory} row, in the column order of {@link
 * TradeSinks#EQUITY_INSERT}; the day is the UTC day of its minute.
 */
public class EquityRowFunction
    implements MapFunction<
        EquityPoint, Tuple8<String, String, Date, Long, Long, Long, Double, Date>> {

  public static final TypeInformation<Tuple8<String, String, Date, Long, Long, Long, Double, Date>>
      ROW =
          Types.TUPLE(
              Types.STRING,
              Types.STRING,
              BasicTypeInfo.DATE_TYPE_INFO,
              Types.LONG,
              Types.LONG,
              Types.LONG,
              Types.DOUBLE,
              BasicTypeInfo.DATE_TYPE_INFO);

  @Override
  public Tuple8<String, String, Date, Long, Long, Long, Double, Date> map(EquityPoint p) {
    return Tuple8.of(
        p.userId(),
        CassandraSinks.day(p.minute()),
        new Date(p.minute()),
        p.cashCents(),
        p.marketValueCents(),
        p.equityCents(),
        p.unrealisedPnlCents(),
        new Date(p.updatedAt()));
  }
}
