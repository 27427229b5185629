package com.tweetrade.job.io;

import static org.apache.flink.api.common.typeinfo.BasicTypeInfo.DATE_TYPE_INFO;
import static org.apache.flink.api.common.typeinfo.Types.DOUBLE;
import static org.apache.flink.api.common.typeinfo.Types.LONG;
import static org.apache.flink.api.common.typeinfo.Types.STRING;

import com.tweetrade.model.EquityPoint;
import java.util.Date;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.types.Row;

/**
 * An equity point as an {@code equityhistory} row, in the column order of {@link
 * TradeSinks#EQUITY_INSERT}; the day is the UTC day of its minute.
 */
public class EquityRowFunction implements MapFunction<EquityPoint, Row> {
  public static final TypeInformation<Row> ROW =
      Types.ROW(STRING, STRING, DATE_TYPE_INFO, LONG, LONG, LONG, DOUBLE, DATE_TYPE_INFO);

  @Override
  public Row map(EquityPoint p) {
    return Row.of(
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
