package com.tweetrade.job;

import com.tweetrade.job.config.JobConfig;
import com.tweetrade.job.config.RulesConfig;
import com.tweetrade.stack.junit.RealStack;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** The job's integration tests on the shared stack: a config of a run's own. */
public final class StackJobs {
  private StackJobs() {}

  /**
   * The defaults on {@code stack}, with everything the run writes or reads its own: a new keyspace,
   * new one-partition topics in and out, and {@code name}-{@code <random>} as consumer group and
   * transactional id prefix. The tests read the topic names back from the config.
   */
  public static JobConfig freshConfig(RealStack stack, String name) {
    return freshConfig(stack, name, 1);
  }

  /** As {@link #freshConfig(RealStack, String)}, the quotes and tweets with {@code partitions}. */
  public static JobConfig freshConfig(RealStack stack, String name, int partitions) {
    String run = name + "-" + UUID.randomUUID().toString().substring(0, 8);
    return JobConfig.defaults()
        .withEndpoints(
            stack.kafkaBootstrap(), stack.cassandraContactPoint(), stack.createKeyspace())
        .withTopics(
            stack.createTopic("quotes", partitions),
            stack.createTopic("tweets", partitions),
            stack.createTopic("rules", 1),
            stack.createTopic("aggregates", 1),
            stack.createTopic("dead-letters", 1))
        .withConsumerGroup(run)
        .withRules(
            RulesConfig.defaults()
                .withOutputs(
                    stack.createTopic("trades", 1), stack.createTopic("positions", 1), run));
  }

  /** {@code stack}'s Cassandra contact point as the {@code --cql} flag takes it: host:port. */
  public static String cql(RealStack stack) {
    return stack.cassandraContactPoint().getHostString()
        + ":"
        + stack.cassandraContactPoint().getPort();
  }

  /**
   * An environment at parallelism 2 that checkpoints every 500 ms (the exactly-once trades sink
   * commits only at checkpoints), fails on any Kryo fallback and does not restart; {@code settings}
   * (Flink options) on top.
   */
  public static StreamExecutionEnvironment checkpointing(Map<String, String> settings) {
    Map<String, String> options = new HashMap<>();
    options.put("execution.checkpointing.interval", "500 ms");
    options.put("restart-strategy.type", "none");
    options.put("pipeline.generic-types", "false");
    options.putAll(settings);
    Configuration conf = Configuration.fromMap(options);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.configure(conf);
    env.enableCheckpointing(500);
    env.setParallelism(2);
    return env;
  }
}
