package com.tweetrade.job.trading;

import com.tweetrade.job.rules.Holding;
import com.tweetrade.model.Position;
import com.tweetrade.model.Trade;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

/** Flink type information of the trading part's records and state, so none falls back to Kryo. */
public final class TradingTypes {
  public static final TypeInformation<Trade> TRADE = trade();
  public static final TypeInformation<Order> ORDER =
      Types.POJO(
          Order.class,
          Map.of(
              "trade",
              TRADE,
              "priceTime",
              Types.LONG,
              "closed",
              Types.BOOLEAN,
              "market",
              Types.BOOLEAN));
  public static final TypeInformation<Position> POSITION = TypeInformation.of(Position.class);
  public static final TypeInformation<Holding> HOLDING = TypeInformation.of(Holding.class);

  private TradingTypes() {}

  private static TypeInformation<Trade> trade() {
    Map<String, TypeInformation<?>> fields = new HashMap<>();
    fields.put("id", Types.STRING);
    fields.put("userId", Types.STRING);
    fields.put("ruleId", Types.STRING);
    fields.put("side", Types.STRING);
    fields.put("quantity", Types.LONG);
    fields.put("ticker", Types.STRING);
    fields.put("priceCents", Types.LONG);
    fields.put("eventTime", Types.LONG);
    fields.put("status", Types.STRING);
    fields.put("reason", Types.STRING);
    fields.put("explanation", Types.MAP(Types.STRING, Types.DOUBLE));
    fields.put("trigger", Types.STRING);
    return Types.POJO(Trade.class, fields);
  }
}
