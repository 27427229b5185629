package com.tweetrade.job.io;

import static org.apache.flink.api.common.typeinfo.BasicTypeInfo.DATE_TYPE_INFO;
import static org.apache.flink.api.common.typeinfo.Types.INT;
import static org.apache.flink.api.common.typeinfo.Types.LONG;
import static org.apache.flink.api.common.typeinfo.Types.STRING;

import com.tweetrade.model.OpenOrder;
import java.util.Date;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.types.Row;

/**
 * An open-order change as an {@code openorders} row, in the column order of the insert, then the
 * row's TTL: an OPEN order's row stays as long as the order rests; a FILLED, CANCELLED or EXPIRED
 * one expires after {@link #ENDED_ROW_TTL_SECONDS}, so a user's partition (which the web UI reads
 * every few seconds) holds the resting orders and a week of ended ones, not every order ever.
 */
public class OpenOrderRowFunction implements MapFunction<OpenOrder, Row> {
  /** How long an ended order's row is kept: a week. */
  public static final int ENDED_ROW_TTL_SECONDS = 7 * 24 * 3600;

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
          LONG,
          INT);

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
        o.fillPriceCents(),
        ttlSeconds(o));
  }

  /** 0 (no expiry) while the order rests, else {@link #ENDED_ROW_TTL_SECONDS}. */
  public static int ttlSeconds(OpenOrder o) {
    return OpenOrder.OPEN.equals(o.status()) ? 0 : ENDED_ROW_TTL_SECONDS;
  }
}
