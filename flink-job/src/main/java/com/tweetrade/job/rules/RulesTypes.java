package com.tweetrade.job.rules;

import com.tweetrade.model.Position;
import com.tweetrade.model.Trade;
import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.TriggerState;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * Flink type information of the rules part's records and state, spelled out where a field is a
 * {@code Map} (which Flink would otherwise hand to Kryo).
 */
public final class RulesTypes {
  public static final TypeInformation<Map<String, Double>> VALUES =
      Types.MAP(Types.STRING, Types.DOUBLE);
  public static final TypeInformation<RuleEvent> RULE_EVENT = TypeInformation.of(RuleEvent.class);
  public static final TypeInformation<InputValue> INPUT_VALUE =
      Types.POJO(
          InputValue.class,
          Map.of("value", Types.DOUBLE, "asOf", Types.LONG, "newestEventTime", Types.LONG));
  public static final TypeInformation<Map<String, InputValue>> INPUTS =
      Types.MAP(Types.STRING, INPUT_VALUE);
  public static final TypeInformation<InputUpdate> INPUT_UPDATE =
      Types.POJO(
          InputUpdate.class,
          Map.of(
              "subject",
              Types.STRING,
              "eventTime",
              Types.LONG,
              "values",
              VALUES,
              "closed",
              Types.BOOLEAN,
              "keyword",
              Types.BOOLEAN,
              "trigger",
              Types.STRING,
              "newestEventTime",
              Types.LONG));
  public static final TypeInformation<RuleInput> RULE_INPUT =
      Types.POJO(
          RuleInput.class,
          Map.of(
              "ruleId",
              Types.STRING,
              "eventTime",
              Types.LONG,
              "values",
              VALUES,
              "closed",
              Types.BOOLEAN,
              "trigger",
              Types.STRING,
              "newestEventTime",
              Types.LONG));
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
  public static final TypeInformation<TriggerState> TRIGGER_STATE =
      TypeInformation.of(TriggerState.class);
  public static final TypeInformation<RuleProgress> RULE_PROGRESS =
      Types.POJO(RuleProgress.class, Map.of("definition", Types.STRING, "trigger", TRIGGER_STATE));
  public static final TypeInformation<Holding> HOLDING = TypeInformation.of(Holding.class);

  private RulesTypes() {}

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
    fields.put("explanation", VALUES);
    fields.put("trigger", Types.STRING);
    return Types.POJO(Trade.class, fields);
  }
}
