package com.tweetrade.job.io;

import static org.apache.flink.api.common.typeinfo.BasicTypeInfo.DATE_TYPE_INFO;
import static org.apache.flink.api.common.typeinfo.Types.STRING;

import com.tweetrade.model.Alert;
import java.util.Date;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.types.Row;

/** An alert as a {@code notifications} row, in the column order of {@link AlertSinks}. */
public class AlertRowFunction implements MapFunction<Alert, Row> {
  public static final TypeInformation<Row> ROW =
      Types.ROW(STRING, STRING, DATE_TYPE_INFO, STRING, STRING, STRING, STRING);

  @Override
  public Row map(Alert a) {
    return Row.of(
        a.userId(),
        CassandraSinks.day(a.eventTime()),
        new Date(a.eventTime()),
        a.id(),
        a.ruleId(),
        a.text(),
        a.tradeId());
  }
}
