package com.tweetrade.job.io;

import static org.apache.flink.api.common.typeinfo.BasicTypeInfo.DATE_TYPE_INFO;
import static org.apache.flink.api.common.typeinfo.Types.LONG;
import static org.apache.flink.api.common.typeinfo.Types.STRING;

import com.tweetrade.model.OpenOrder;
import java.util.Date;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.types.Row;

/** An open-order change as an {@code openorders} row, in the column order of the insert. */
public class OpenOrderRowFunction implements MapFunction<OpenOrder, Row> {
  public static final TypeInformation<Row> ROW =
      Types.ROW(
          STRING,
          STRING,
          STRING,
          STRING,
          STRING,
          STRING,
          LONG,
          LONG,
          LONG,
          STRING,
          DATE_TYPE_INFO,
          DATE_TYPE_INFO,
          LONG);

  @Override
  public Row map(OpenOrder o) {
    return Row.of(
        o.userId(),
        o.orderId(),
        o.ruleId(),
        o.ticker(),
        o.side(),
        o.type(),
        o.quantity(),
        o.limitCents(),
        o.stopCents(),
        o.status(),
        new Date(o.placedAt()),
        new Date(o.updatedAt()),
        o.fillPriceCents());
  }
}
