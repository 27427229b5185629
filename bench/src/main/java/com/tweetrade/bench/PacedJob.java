package com.tweetrade.bench;

import com.tweetrade.job.TweeTradeJob;
import com.tweetrade.job.config.JobConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Entry point of the job jar the fault suite submits to a standalone cluster: the production job
 * with its quotes paced ({@link FailingQuotesIo} without a failure), so that a small input lasts
 * long enough for a TaskManager to be killed in the middle of it.
 *
 * <p>Arguments: the job's own flags, plus {@code --pace N} (quotes per second per subtask).
 * Checkpointing and restarts come from the cluster's configuration, as for the production job.
 */
public final class PacedJob {
  private PacedJob() {}

  public static void main(String[] args) throws Exception {
    List<String> jobArgs = new ArrayList<>(Arrays.asList(args));
    int at = jobArgs.indexOf("--pace");
    if (at < 0 || at + 1 >= jobArgs.size())
      throw new IllegalArgumentException("--pace N is required");
    double pace = Double.parseDouble(jobArgs.remove(at + 1));
    jobArgs.remove(at);
    JobConfig config = JobConfig.parse(jobArgs.toArray(String[]::new), System.getenv());
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    new TweeTradeJob(config, new FailingQuotesIo(config, -1, pace)).attach(env);
    env.execute("TweeTrade bench: paced job");
  }

  /**
   * The flags that make the production job's {@link JobConfig} equal {@code c} (as built by {@link
   * BenchJob}).
   */
  static List<String> args(JobConfig c, double pace, Optional<Path> credentialsFile) {
    List<String> a =
        new ArrayList<>(
            List.of(
                "--kafka",
                c.kafkaBootstrap(),
                "--cql",
                c.cqlHostPorts(),
                "--keyspace",
                c.keyspace(),
                "--quotes-topic",
                c.quotesTopic(),
                "--tweets-topic",
                c.tweetsTopic(),
                "--rules-topic",
                c.rulesTopic(),
                "--aggregates-topic",
                c.aggregatesTopic(),
                "--dead-letters-topic",
                c.deadLettersTopic(),
                "--group",
                c.consumerGroup(),
                "--trades-topic",
                c.rules().tradesTopic(),
                "--positions-topic",
                c.rules().positionsTopic(),
                "--transactional-id-prefix",
                c.rules().transactionalIdPrefix(),
                "--pace",
                Double.toString(pace)));
    if (c.bounded()) a.add("--bounded");
    credentialsFile.ifPresent(file -> a.addAll(List.of("--credentials", file.toString())));
    return a;
  }
}
