package com.tweetrade.bench;

import com.tweetrade.job.config.JobConfig;
import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.rules.RuleEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Future;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Malformed quotes and tweets plus fuzzed rule texts into fresh topics; one bounded run of the job
 * with no restarts (any exception fails it); then every dead letter is matched to what was sent.
 */
public final class BadInput {
  static final int FUZZED_RULES = 300;

  private final BenchKafka kafka;
  private final BenchCassandra cassandra;
  private final int parallelism;
  private final long checkpointMs;

  public BadInput(BenchKafka kafka, BenchCassandra cassandra, int parallelism, long checkpointMs) {
    this.kafka = kafka;
    this.cassandra = cassandra;
    this.parallelism = parallelism;
    this.checkpointMs = checkpointMs;
  }

  /**
   * Counts of one bad-input run.
   *
   * @param sent malformed quote and tweet records sent
   * @param sentByKind the same per kind
   * @param deadLettered of those, how many have a dead letter at their exact position with a reason
   * @param deadLettersForEvents dead letters with an input position (a record dead-lettered twice
   *     counts twice)
   * @param rulesSent fuzzed rules sent
   * @param rulesInvalid of those, how many the model's compiler refuses
   * @param rulesRefused invalid rules with at least one dead letter carrying a message
   * @param validRulesRefused rules that compile but were dead-lettered anyway (should be 0)
   * @param ruleDeadLetters all rule dead letters (one per refused rule: only one router instance
   *     reports)
   * @param jobFinished the job ran to its end without an exception (no restarts were allowed)
   */
  public record Outcome(
      int sent,
      Map<String, Integer> sentByKind,
      long deadLettered,
      long deadLettersForEvents,
      int rulesSent,
      long rulesInvalid,
      long rulesRefused,
      long validRulesRefused,
      long ruleDeadLetters,
      boolean jobFinished,
      String failure) {

    public String markdown() {
      return "## Bad input\n\n| measure | count |\n| --- | --- |\n"
          + "| malformed quote/tweet records sent | "
          + sent
          + " |\n"
          + "| per kind | "
          + sentByKind
          + " |\n"
          + "| of those dead-lettered at their exact position with a reason | "
          + deadLettered
          + " |\n"
          + "| dead letters with an input position (duplicates would show here) | "
          + deadLettersForEvents
          + " |\n"
          + "| fuzzed rules sent | "
          + rulesSent
          + " |\n"
          + "| of those invalid (model compiler) | "
          + rulesInvalid
          + " |\n"
          + "| invalid rules refused with a dead letter and message | "
          + rulesRefused
          + " |\n"
          + "| valid rules dead-lettered anyway | "
          + validRulesRefused
          + " |\n"
          + "| rule dead letters in all (one per refused rule) | "
          + ruleDeadLetters
          + " |\n"
          + "| job ran to its end with restarts disabled | "
          + jobFinished
          + (failure.isEmpty() ? "" : ": " + failure)
          + " |\n";
    }
  }

  public Outcome run(int events, long seed) throws Exception {
    BenchTopics topics = BenchTopics.create(kafka, 2);
    Set<String> positions = new HashSet<>();
    Map<String, Integer> byKind = new TreeMap<>();
    Map<String, Boolean> ruleValid = new HashMap<>();
    try (KafkaProducer<byte[], byte[]> producer = kafka.producer()) {
      List<String> texts = new RuleFuzzer(seed).texts(FUZZED_RULES);
      for (int i = 0; i < texts.size(); i++) {
        RuleEvent r =
            RuleEvent.create("fuzz-" + i, "fuzzer", texts.get(i), BenchSettings.HISTORICAL_START);
        ruleValid.put(r.ruleId(), RuleFuzzer.isValid(texts.get(i)));
        producer.send(
            new ProducerRecord<>(
                topics.rules(), BenchKafka.utf8(r.ruleId()), JsonCodec.RULE_EVENT.encode(r)));
      }
      MalformedEvents malformed = new MalformedEvents(seed);
      List<Future<RecordMetadata>> sent = new ArrayList<>();
      for (int i = 0; i < events; i++) {
        MalformedEvents.Event e = malformed.next(i);
        byKind.merge(e.kind(), 1, Integer::sum);
        sent.add(
            producer.send(
                new ProducerRecord<>(
                    e.quote() ? topics.quotes() : topics.tweets(), i % 2, null, e.value())));
      }
      producer.flush();
      for (Future<RecordMetadata> f : sent) {
        RecordMetadata m = f.get();
        positions.add(m.topic() + "-" + m.partition() + "@" + m.offset());
      }
    }
    String keyspace = cassandra.createKeyspace();
    JobConfig config = BenchJob.config(kafka, cassandra, keyspace, topics, true);
    StreamExecutionEnvironment env = BenchJob.environment(parallelism, checkpointMs, false);
    BenchJob.attach(env, config, BenchJob.productionIo(config));
    boolean finished;
    String failure = "";
    try {
      env.execute("TweeTrade bench: bad input");
      finished = true;
    } catch (Exception e) {
      finished = false;
      failure = String.valueOf(rootCause(e));
    }
    List<DeadLetter> letters =
        kafka.readAll(topics.deadLetters(), true, Duration.ofMinutes(3)).stream()
            .map(r -> BenchKafka.decode(JsonCodec.DEAD_LETTER, r.value()))
            .toList();
    Set<String> matched = new HashSet<>();
    long forEvents = 0;
    Set<String> refused = new HashSet<>();
    long ruleLetters = 0;
    for (DeadLetter d : letters) {
      boolean hasReason = d.reason() != null && !d.reason().isBlank();
      if (positions.contains(d.position())) {
        forEvents++;
        if (hasReason) matched.add(d.position());
      } else if (d.source().endsWith("rules")) {
        ruleLetters++;
        String ruleId = ruleIdOf(d.payload());
        if (ruleId != null && hasReason) refused.add(ruleId);
      }
    }
    long invalid = ruleValid.values().stream().filter(v -> !v).count();
    long invalidRefused =
        refused.stream().filter(id -> Boolean.FALSE.equals(ruleValid.get(id))).count();
    long validRefused =
        refused.stream().filter(id -> Boolean.TRUE.equals(ruleValid.get(id))).count();
    return new Outcome(
        events,
        byKind,
        matched.size(),
        forEvents,
        FUZZED_RULES,
        invalid,
        invalidRefused,
        validRefused,
        ruleLetters,
        finished,
        failure);
  }

  private static String ruleIdOf(String payload) {
    try {
      return JsonCodec.RULE_EVENT.decode(payload).ruleId();
    } catch (Exception e) {
      return null;
    }
  }

  private static Throwable rootCause(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t;
  }
}
