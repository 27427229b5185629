package com.tweetrade.job.trading;

import com.tweetrade.job.analytics.ModelTypes;
import com.tweetrade.job.rules.Holding;
import com.tweetrade.model.AccountSettings;
import com.tweetrade.model.EquityPoint;
import com.tweetrade.model.OpenOrder;
import com.tweetrade.model.OrderCommand;
import com.tweetrade.model.Position;
import com.tweetrade.model.Trade;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

/** Flink type information of the trading part's records and state, so none falls back to Kryo. */
public final class TradingTypes {
  public static final TypeInformation<Trade> TRADE =
      ModelTypes.record(Trade.class, Map.of("explanation", Types.MAP(Types.STRING, Types.DOUBLE)));
  public static final TypeInformation<Order> ORDER =
      ModelTypes.record(Order.class, Map.of("trade", TRADE));
  public static final TypeInformation<OpenOrder> OPEN_ORDER = TypeInformation.of(OpenOrder.class);
  public static final TypeInformation<OrderCommand> ORDER_COMMAND =
      TypeInformation.of(OrderCommand.class);
  public static final TypeInformation<AccountSettings> ACCOUNT_SETTINGS =
      TypeInformation.of(AccountSettings.class);
  public static final TypeInformation<Position> POSITION = TypeInformation.of(Position.class);
  public static final TypeInformation<Holding> HOLDING = TypeInformation.of(Holding.class);
  public static final TypeInformation<EquityPoint> EQUITY_POINT =
      TypeInformation.of(EquityPoint.class);
  public static final TypeInformation<CashBalance> CASH_BALANCE =
      TypeInformation.of(CashBalance.class);

  private TradingTypes() {}
}
