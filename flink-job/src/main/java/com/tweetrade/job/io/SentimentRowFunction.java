package com.tweetrade.job.io;

import com.tweetrade.model.SentimentAggregate;
import java.util.Date;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.BasicTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple8;

/**
 * A sentiment aggregate as a {@code twitterKeySentiments} row, in the order of {@link
 * CassandraSinks#SENTIMENT_INSERT}.
 */
public class SentimentRowFunction
    implements MapFunction<
        SentimentAggregate, Tuple8<String, String, String, Date, Double, Long, Double, Double>> {

  public static final TypeInformation<
          Tuple8<String, String, String, Date, Double, Long, Double, Double>>
      ROW =
          Types.TUPLE(
              Types.STRING,
              Types.STRING,
              Types.STRING,
              BasicTypeInfo.DATE_TYPE_INFO,
              Types.DOUBLE,
              Types.LONG,
              Types.DOUBLE,
              Types.DOUBLE);

  @Override
  public Tuple8<String, String, String, Date, Double, Long, Double, Double> map(
      SentimentAggregate a) {
    return Tuple8.of(
        a.keyword(),
        a.window(),
        CassandraSinks.day(a.windowEnd()),
        new Date(a.windowEnd()),
        a.meanCompound(),
        a.count(),
        a.sharePositive(),
        a.shareNegative());
  }
}
