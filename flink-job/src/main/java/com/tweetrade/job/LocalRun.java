package com.tweetrade.job;

import com.tweetrade.job.config.JobConfig;
import com.tweetrade.job.io.KafkaCassandraIo;
import java.net.URI;
import java.time.Duration;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.runtime.clusterframework.ApplicationStatus;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.SavepointRestoreSettings;
import org.apache.flink.runtime.jobmaster.JobResult;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job in a MiniCluster of its own, with the Flink Web UI and REST API ({@code job --local}, and
 * so {@code up}).
 *
 * <p>The cluster is started here rather than by {@code env.execute()}, whose per-job cluster shuts
 * down the moment the job ends: a {@code cluster savepoint --stop} then lost the REST API between
 * writing the savepoint and reading its path. This one stays up {@link #LINGER} after the job ends.
 */
public final class LocalRun implements AutoCloseable {
  /**
   * How long the REST API outlives the job: clients polling a stop-with-savepoint read its path.
   */
  public static final Duration LINGER = Duration.ofSeconds(15);

  private static final Logger LOG = LoggerFactory.getLogger(LocalRun.class);

  private final MiniCluster cluster;
  private final JobID jobId;

  private LocalRun(MiniCluster cluster, JobID jobId) {
    this.cluster = cluster;
    this.jobId = jobId;
  }

  /** Starts a MiniCluster configured by {@code flinkConf} and submits the job to it. */
  public static LocalRun start(JobConfig config, Configuration flinkConf) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flinkConf);
    new TweeTradeJob(config, new KafkaCassandraIo(config)).attach(env);
    StreamGraph graph = env.getStreamGraph();
    graph.setJobName("TweeTrade");
    JobGraph job = graph.getJobGraph();
    config
        .fromSavepoint()
        .ifPresent(
            path -> {
              job.setSavepointRestoreSettings(SavepointRestoreSettings.forPath(path, false));
              LOG.info("Restoring the job's state from {}", path);
            });
    int slots = Math.max(flinkConf.get(TaskManagerOptions.NUM_TASK_SLOTS), env.getParallelism());
    MiniCluster cluster =
        new MiniCluster(
            new MiniClusterConfiguration.Builder()
                .setConfiguration(flinkConf)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(slots)
                .build());
    try {
      cluster.start();
      JobID id = cluster.submitJob(job).get().getJobID();
      LocalRun run = new LocalRun(cluster, id);
      LOG.info("Job {} submitted; Flink Web UI and REST API at {}", id, run.restAddress());
      return run;
    } catch (Exception e) {
      cluster.close();
      throw e;
    }
  }

  public JobID jobId() {
    return jobId;
  }

  public URI restAddress() throws Exception {
    return cluster.getRestAddress().get();
  }

  /** Waits for the job to end (stopped, cancelled or failed for good) and returns how. */
  public JobResult awaitResult() throws Exception {
    return cluster.requestJobResult(jobId).get();
  }

  /**
   * Waits for the job to end, keeps the REST API up for {@code linger}, and returns the exit code:
   * 0 when the job finished (e.g. stopped with a savepoint) or was cancelled, 1 when it failed.
   */
  public int awaitEnd(Duration linger) throws Exception {
    JobResult result = awaitResult();
    LOG.info("Job {} ended: {}", jobId, result.getApplicationStatus());
    result.getSerializedThrowable().ifPresent(t -> LOG.error("Job {} failed", jobId, t));
    Thread.sleep(linger.toMillis());
    return result.isSuccess() || result.getApplicationStatus() == ApplicationStatus.CANCELED
        ? 0
        : 1;
  }

  @Override
  public void close() throws Exception {
    cluster.close();
  }
}
