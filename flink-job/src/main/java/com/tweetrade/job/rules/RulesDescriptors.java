package com.tweetrade.job.rules;

import com.tweetrade.model.Alert;
import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.rules.RuleEvent;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.base.StringSerializer;
import org.apache.flink.util.OutputTag;

/**
 * State descriptors and side-output tags of the rules part, in one place.
 *
 * <p>Descriptor names are part of savepoints (and of the State Processor API's view of them): like
 * uids, they never change after the first deploy.
 */
public final class RulesDescriptors {
  /**
   * Broadcast state of routing and evaluation: rule id to the latest event describing the rule.
   *
   * <p>With its own value serializer, not the POJO one: the whole map is copied and written at
   * every checkpoint, in four operators, and that was the job's largest checkpoint cost ({@link
   * RuleEventSerializer}). State written with the POJO serializer still restores.
   */
  public static final MapStateDescriptor<String, RuleEvent> RULES =
      new MapStateDescriptor<>("rules", StringSerializer.INSTANCE, new RuleEventSerializer());

  /**
   * Evaluation, per rule: the latest value of each input the rule reads, with its time and
   * freshness. (Replaced {@code rule-input-values}, which held bare values: a restore refills it
   * with the next update.)
   */
  public static final ValueStateDescriptor<Map<String, InputValue>> INPUTS =
      new ValueStateDescriptor<>("rule-inputs", RulesTypes.INPUTS);

  /** Evaluation, per ON CLOSE rule: close updates waiting for the watermark, by event time. */
  public static final MapStateDescriptor<Long, Map<String, InputValue>> PENDING_UPDATES =
      new MapStateDescriptor<>("rule-pending-updates", Types.LONG, RulesTypes.INPUTS);

  /** Evaluation in a replay, per ON TICK rule: ticks waiting for the watermark, by event time. */
  public static final MapStateDescriptor<Long, List<RuleInput>> REPLAY_TICKS =
      new MapStateDescriptor<>("rule-replay-ticks", Types.LONG, Types.LIST(RulesTypes.RULE_INPUT));

  /** Evaluation, per rule: the trigger's memory. */
  public static final ValueStateDescriptor<RuleProgress> PROGRESS =
      new ValueStateDescriptor<>("rule-progress", RulesTypes.RULE_PROGRESS);

  /** Rule events that cannot be used (do not compile), with the reason. */
  public static final OutputTag<DeadLetter> RULE_DEAD_LETTERS =
      new OutputTag<>("rule-dead-letters", TypeInformation.of(DeadLetter.class));

  /** Evaluation: the alerts of firings of {@code NOTIFY} rules ({@link RuleAlerts}). */
  public static final OutputTag<Alert> ALERTS = new OutputTag<>("rule-alerts", RulesTypes.ALERT);

  private RulesDescriptors() {}
}
