package com.tweetrade.job.migrate;

import com.tweetrade.job.Uids;
import com.tweetrade.job.rules.RulesDescriptors;
import com.tweetrade.job.rules.RulesTypes;
import com.tweetrade.model.rules.RuleEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.state.api.OperatorIdentifier;
import org.apache.flink.state.api.OperatorTransformation;
import org.apache.flink.state.api.SavepointReader;
import org.apache.flink.state.api.SavepointWriter;
import org.apache.flink.state.api.StateBootstrapTransformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

/**
 * Reads and writes the rules that a savepoint of the TweeTrade job holds, with the State Processor
 * API.
 *
 * <p>Three operators hold rules, all filled from the same rule events: the router ({@code
 * route-to-rules}, broadcast {@code rules} only), the evaluator ({@code evaluate-rules}, broadcast
 * {@code rules} plus keyed per-rule state and timers) and the keyword fan-out ({@code
 * keyword-fan-out}, broadcast {@code tracked-rules} only). Writing replaces the whole state of
 * those three operators, so the evaluator's keyed state is read from the source savepoint and
 * written back with the new rules ({@link EvaluatorStateBootstrapOperator}); every other operator's
 * state is kept untouched (the new savepoint's metadata points into the source savepoint's files,
 * so the source must not be deleted while the new one is in use).
 */
public final class SavepointRules {
  /**
   * The job's default maximum parallelism (it sets none): key groups of a new savepoint must match.
   */
  public static final int DEFAULT_MAX_PARALLELISM = 128;

  private SavepointRules() {}

  /**
   * The rules in the router's broadcast state, one per rule id (the latest revision), by rule id.
   */
  public static List<RuleEvent> read(StreamExecutionEnvironment env, String savepoint)
      throws Exception {
    DataStream<Tuple2<String, RuleEvent>> entries =
        SavepointReader.read(env, savepoint)
            .readBroadcastState(
                OperatorIdentifier.forUid(Uids.ROUTE_TO_RULES),
                RulesDescriptors.RULES.getName(),
                Types.STRING,
                RulesTypes.RULE_EVENT,
                // The state's own serializers: the POJO one refuses state that the job wrote.
                RulesDescriptors.RULES.getKeySerializer(),
                RulesDescriptors.RULES.getValueSerializer());
    // Every subtask stores its own copy of broadcast state: keep one event per rule.
    Map<String, RuleEvent> rules = new TreeMap<>();
    try (CloseableIterator<Tuple2<String, RuleEvent>> it =
        entries.executeAndCollect("Read rules of " + savepoint)) {
      while (it.hasNext()) {
        RuleEvent e = it.next().f1;
        rules.merge(e.ruleId(), e, (a, b) -> a.revision() >= b.revision() ? a : b);
      }
    }
    return new ArrayList<>(rules.values());
  }

  /**
   * Writes {@code rules} into a copy of {@code source}, keeping all other state; blocks until
   * written.
   */
  public static void rewrite(
      StreamExecutionEnvironment env, String source, List<RuleEvent> rules, String target)
      throws Exception {
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    DataStream<EvaluatorKeyState> keyed =
        SavepointReader.read(env, source)
            .readKeyedState(
                OperatorIdentifier.forUid(Uids.EVALUATE_RULES),
                new EvaluatorStateReaderFunction(),
                Types.STRING,
                EvaluatorKeyState.TYPE);
    SavepointWriter writer =
        SavepointWriter.fromExistingSavepoint(env, source)
            .removeOperator(OperatorIdentifier.forUid(Uids.ROUTE_TO_RULES))
            .removeOperator(OperatorIdentifier.forUid(Uids.EVALUATE_RULES))
            .removeOperator(OperatorIdentifier.forUid(Uids.KEYWORD_FAN_OUT));
    withRules(writer, env, rules, keyed).write(target);
    env.execute("Rewrite rules of " + source);
  }

  /** Writes a new savepoint that holds only {@code rules} (no keyed state, no other operator). */
  public static void create(StreamExecutionEnvironment env, List<RuleEvent> rules, String target)
      throws Exception {
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    DataStream<EvaluatorKeyState> noKeys = env.fromCollection(List.of(), EvaluatorKeyState.TYPE);
    withRules(SavepointWriter.newSavepoint(env, DEFAULT_MAX_PARALLELISM), env, rules, noKeys)
        .write(target);
    env.execute("Bootstrap rules into " + target);
  }

  private static SavepointWriter withRules(
      SavepointWriter writer,
      StreamExecutionEnvironment env,
      List<RuleEvent> rules,
      DataStream<EvaluatorKeyState> evaluatorKeys) {
    List<RuleEvent> live =
        rules.stream()
            .filter(RuleEvent::carriesRule)
            .sorted(Comparator.comparing(RuleEvent::ruleId))
            .toList();
    StateBootstrapTransformation<RuleEvent> router =
        OperatorTransformation.bootstrapWith(
                env.fromCollection(live, RulesTypes.RULE_EVENT).setParallelism(1))
            .transform(new RulesBroadcastBootstrapFunction());
    StateBootstrapTransformation<RuleEvent> fanOut =
        OperatorTransformation.bootstrapWith(
                env.fromCollection(live, RulesTypes.RULE_EVENT).setParallelism(1))
            .transform(new TrackedRulesBootstrapFunction());
    StateBootstrapTransformation<EvaluatorKeyState> evaluator =
        OperatorTransformation.bootstrapWith(evaluatorKeys)
            .keyBy(EvaluatorKeyState::getRuleId, Types.STRING)
            .transform(new EvaluatorStateWriterFactory(live));
    return writer
        .withOperator(OperatorIdentifier.forUid(Uids.ROUTE_TO_RULES), router)
        .withOperator(OperatorIdentifier.forUid(Uids.EVALUATE_RULES), evaluator)
        .withOperator(OperatorIdentifier.forUid(Uids.KEYWORD_FAN_OUT), fanOut);
  }
}
