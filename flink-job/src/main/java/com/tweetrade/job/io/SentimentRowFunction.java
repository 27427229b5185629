package com.tweetrade.job.io;

import static org.apache.flink.api.common.typeinfo.BasicTypeInfo.DATE_TYPE_INFO;
import static org.apache.flink.api.common.typeinfo.Types.DOUBLE;
import static org.apache.flink.api.common.typeinfo.Types.LONG;
import static org.apache.flink.api.common.typeinfo.Types.STRING;

import com.tweetrade.model.SentimentAggregate;
import java.util.Date;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.types.Row;

/**
 * A sentiment aggregate as a {@code twitterKeySentiments} row, in the order of {@link
 * CassandraSinks#SENTIMENT_INSERT}.
 */
public class SentimentRowFunction implements MapFunction<SentimentAggregate, Row> {
  public static final TypeInformation<Row> ROW =
      Types.ROW(STRING, STRING, STRING, DATE_TYPE_INFO, DOUBLE, LONG, DOUBLE, DOUBLE);

  @Override
  public Row map(SentimentAggregate a) {
    Date windowEnd = new Date(a.windowEnd());
    return Row.of(
        a.keyword(),
        a.window(),
        CassandraSinks.day(a.windowEnd()),
        windowEnd,
        a.meanCompound(),
        a.count(),
        a.sharePositive(),
        a.shareNegative());
  }
}
