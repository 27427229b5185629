package com.tweetrade.stack.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.stack.ChildJvm;
import com.tweetrade.stack.Ports;
import com.tweetrade.stack.ProjectRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A real standalone session cluster from the Maven jars: one JobManager and two TaskManagers in
 * their own JVMs register, serve REST, and leave no process and no port behind when closed.
 * (Running the job on it is tested in cluster-it/, which has the job jar.)
 */
class FlinkClusterIT {
  @Test
  void shouldStartJobManagerAndTwoTaskManagersAndStopThemAll() throws Exception {
    Path home =
        Files.createDirectories(Path.of("target").resolve("flink-cluster-it-" + System.nanoTime()));
    FlinkClusterSettings settings =
        FlinkClusterSettings.randomPorts(ProjectRoot.find(), home, 2, 2);
    List<ChildJvm> processes;
    try (FlinkCluster cluster = FlinkCluster.start(settings)) {
      processes = cluster.processes();
      assertThat(processes).hasSize(3).allMatch(ChildJvm::isAlive);
      assertThat(processes.stream().map(ChildJvm::pid).distinct()).hasSize(3);
      FlinkRestClient.Overview overview = cluster.rest().overview();
      assertThat(overview.taskManagers()).isEqualTo(2);
      assertThat(overview.slotsTotal()).isEqualTo(4);
      assertThat(overview.flinkVersion()).startsWith("1.20");
      assertThat(cluster.rest().jobs()).isEmpty();
      // What jobs see: the launcher's directories win over config.yaml's, under old and new key
      // names.
      String savepoints = FlinkClusterSettings.fileUri(settings.savepointsDir());
      assertThat(cluster.rest().jobManagerConfig())
          .containsEntry("execution.checkpointing.savepoint-dir", savepoints)
          .containsEntry(
              "execution.checkpointing.dir",
              FlinkClusterSettings.fileUri(settings.checkpointsDir()))
          .containsEntry("rest.bind-address", "127.0.0.1");
      assertThat(Files.readString(settings.confDir().resolve("config.yaml")))
          .contains("rest.port: " + settings.restPort())
          .contains("execution:");
      assertThat(Files.readString(settings.logsDir().resolve("flink-taskmanager-2.log")))
          .contains("Successful registration at resource manager");
    }
    assertThat(processes).noneMatch(p -> p.toHandle().isAlive());
    assertThat(Ports.isFree(settings.restPort())).isTrue();
    assertThat(Ports.isFree(settings.rpcPort())).isTrue();
  }
}
