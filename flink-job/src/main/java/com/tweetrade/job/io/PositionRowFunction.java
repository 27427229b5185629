package com.tweetrade.job.io;

import com.tweetrade.model.Position;
import java.util.Date;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.BasicTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple8;

/**
 * A position as a {@code positions} row, in the column order of {@link TradeSinks#POSITION_INSERT}.
 */
public class PositionRowFunction
    implements MapFunction<
        Position, Tuple8<String, String, Long, Double, Double, Long, Double, Date>> {

  public static final TypeInformation<
          Tuple8<String, String, Long, Double, Double, Long, Double, Date>>
      ROW =
          Types.TUPLE(
              Types.STRING,
              Types.STRING,
              Types.LONG,
              Types.DOUBLE,
              Types.DOUBLE,
              Types.LONG,
              Types.DOUBLE,
              BasicTypeInfo.DATE_TYPE_INFO);

  @Override
  public Tuple8<String, String, Long, Double, Double, Long, Double, Date> map(Position p) {
    return Tuple8.of(
        p.userId(),
        p.ticker(),
        p.quantity(),
        p.avgCostCents(),
        p.realisedPnlCents(),
        p.lastPriceCents(),
        p.unrealisedPnlCents(),
        new Date(p.updatedAt()));
  }
}
