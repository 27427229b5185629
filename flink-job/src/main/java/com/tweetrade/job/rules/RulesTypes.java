package com.tweetrade.job.rules;

import com.tweetrade.model.rules.RuleEvent;
import com.tweetrade.model.rules.TriggerState;
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
  public static final TypeInformation<TriggerState> TRIGGER_STATE =
      TypeInformation.of(TriggerState.class);
  public static final TypeInformation<RuleProgress> RULE_PROGRESS =
      Types.POJO(RuleProgress.class, Map.of("definition", Types.STRING, "trigger", TRIGGER_STATE));

  private RulesTypes() {}
}
