package com.tweetrade.job.rules;

import com.tweetrade.job.analytics.ModelTypes;
import com.tweetrade.model.Alert;
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
      ModelTypes.record(InputValue.class, Map.of());
  public static final TypeInformation<Map<String, InputValue>> INPUTS =
      Types.MAP(Types.STRING, INPUT_VALUE);
  public static final TypeInformation<InputUpdate> INPUT_UPDATE =
      ModelTypes.record(InputUpdate.class, Map.of("values", VALUES));
  public static final TypeInformation<RuleInput> RULE_INPUT =
      ModelTypes.record(RuleInput.class, Map.of("values", VALUES));
  public static final TypeInformation<TriggerState> TRIGGER_STATE =
      TypeInformation.of(TriggerState.class);
  public static final TypeInformation<RuleProgress> RULE_PROGRESS =
      Types.POJO(RuleProgress.class, Map.of("definition", Types.STRING, "trigger", TRIGGER_STATE));

  public static final TypeInformation<Alert> ALERT = TypeInformation.of(Alert.class);

  private RulesTypes() {}
}
