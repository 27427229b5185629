package com.tweetrade.job.io;

import static org.apache.flink.api.common.typeinfo.BasicTypeInfo.DATE_TYPE_INFO;
import static org.apache.flink.api.common.typeinfo.Types.DOUBLE;
import static org.apache.flink.api.common.typeinfo.Types.LONG;
import static org.apache.flink.api.common.typeinfo.Types.STRING;

import com.tweetrade.model.Position;
import java.util.Date;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.types.Row;

/**
 * A position as a {@code positions} row, in the column order of {@link TradeSinks#POSITION_INSERT}.
 */
public class PositionRowFunction implements MapFunction<Position, Row> {
  public static final TypeInformation<Row> ROW =
      Types.ROW(STRING, STRING, LONG, DOUBLE, DOUBLE, LONG, DOUBLE, DATE_TYPE_INFO);

  @Override
  public Row map(Position p) {
    return Row.of(
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
