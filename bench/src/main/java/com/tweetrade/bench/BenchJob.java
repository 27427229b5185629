package com.tweetrade.bench;

import com.tweetrade.job.TweeTradeJob;
import com.tweetrade.job.config.JobConfig;
import com.tweetrade.job.config.LocalFlinkConfiguration;
import com.tweetrade.job.config.RulesConfig;
import com.tweetrade.job.io.JobIo;
import com.tweetrade.job.io.KafkaCassandraIo;
import com.tweetrade.stack.ProjectRoot;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The real job ({@link TweeTradeJob} with the production Kafka and Cassandra IO) in an in-process
 * MiniCluster.
 */
public final class BenchJob {
  private BenchJob() {}

  /**
   * The job's config for one run: its own topics, keyspace, consumer group and transactional ids.
   */
  public static JobConfig config(
      BenchKafka kafka, BenchCassandra cassandra, String keyspace, BenchTopics t, boolean bounded) {
    String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    return JobConfig.defaults()
        .withEndpoints(kafka.bootstrap(), cassandra.contactPoint(), keyspace)
        .withCredentials(kafka.credentials())
        .withTopics(t.quotes(), t.tweets(), t.rules(), t.aggregates(), t.deadLetters())
        .withConsumerGroup(run)
        .withRules(RulesConfig.defaults().withOutputs(t.trades(), t.positions(), run))
        .withBounded(bounded);
  }

  /**
   * {@code config} with another per-user order limit (the job's {@code --max-orders-per-minute}):
   * the latency run's flipping rules trade far more often than a person would.
   */
  public static JobConfig withOrderLimit(JobConfig config, int ordersPerMinute) {
    return config.withRules(config.rules().withMaxOrdersPerMinute(ordersPerMinute));
  }

  /**
   * A local environment: checkpoints every {@code checkpointMs} (the exactly-once trades sink
   * commits only at checkpoints) and the production restart strategy of {@code flink-conf/}, so the
   * fault suite shows what an outage does to the job users run.
   */
  public static StreamExecutionEnvironment environment(int parallelism, long checkpointMs) {
    return environment(parallelism, checkpointMs, true);
  }

  /**
   * As above; {@code restarts} false: no restart, any failure fails the job. Checkpoints go to
   * files under {@code bench/target/bench/checkpoints}, as the production job's do: Flink's default
   * keeps them in the JobManager's memory, which refuses a state above 5 MB (the broadcast rules of
   * 100,000 rules are 15 MB), so every checkpoint failed and the job restarted in a loop.
   */
  public static StreamExecutionEnvironment environment(
      int parallelism, long checkpointMs, boolean restarts) {
    Path checkpoints = ProjectRoot.find().resolve("bench/target/bench/checkpoints");
    Configuration conf =
        Configuration.fromMap(
            Map.of(
                "execution.checkpointing.storage",
                "filesystem",
                "execution.checkpointing.dir",
                checkpoints.toUri().toString(),
                "execution.checkpointing.interval",
                checkpointMs + " ms",
                "pipeline.generic-types",
                "false",
                "taskmanager.numberOfTaskSlots",
                Integer.toString(parallelism)));
    Map<String, String> production = productionConfiguration().toMap();
    // The production checkpointing (pause, alignment, timeout), but this run's interval and files.
    production.entrySet().stream()
        .filter(e -> e.getKey().startsWith("execution.checkpointing."))
        .filter(e -> !conf.containsKey(e.getKey()))
        .filter(e -> !e.getKey().endsWith("savepoint-dir"))
        .forEach(e -> conf.setString(e.getKey(), e.getValue()));
    if (restarts) {
      production.entrySet().stream()
          .filter(e -> e.getKey().startsWith("restart-strategy"))
          .forEach(e -> conf.setString(e.getKey(), e.getValue()));
    } else {
      conf.setString("restart-strategy.type", "none");
    }
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(parallelism, conf);
    env.enableCheckpointing(checkpointMs);
    return env;
  }

  private static Configuration productionConfiguration() {
    return LocalFlinkConfiguration.load(
        Map.of(LocalFlinkConfiguration.ENV_ROOT, ProjectRoot.find().toString()),
        java.util.Optional.empty());
  }

  /** Adds the whole job to {@code env} with {@code io}. */
  public static void attach(StreamExecutionEnvironment env, JobConfig config, JobIo io)
      throws Exception {
    new TweeTradeJob(config, io).attach(env);
  }

  public static JobIo productionIo(JobConfig config) {
    return new KafkaCassandraIo(config);
  }
}
