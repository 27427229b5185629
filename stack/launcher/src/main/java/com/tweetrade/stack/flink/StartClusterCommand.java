package com.tweetrade.stack.flink;

import com.tweetrade.stack.ChildJvm;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cluster start}: the JobManager and TaskManagers in the foreground until Ctrl-C, SIGTERM or
 * {@code cluster stop}.
 */
@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    description =
        "Starts a JobManager and TaskManagers (separate JVMs) in the foreground; Ctrl-C, SIGTERM or"
            + " `cluster stop` stops them all.")
final class StartClusterCommand implements Callable<Integer> {
  @ParentCommand ClusterCommand parent;

  @Option(
      names = "--task-managers",
      defaultValue = "2",
      description = "TaskManager JVMs (default ${DEFAULT-VALUE}).")
  int taskManagers;

  @Option(
      names = "--slots",
      defaultValue = "2",
      description = "Task slots per TaskManager (default ${DEFAULT-VALUE}).")
  int slots;

  @Option(
      names = "--rest-port",
      defaultValue = "8081",
      description = "REST API and Web UI port (default ${DEFAULT-VALUE}).")
  int restPort;

  @Option(
      names = "--rpc-port",
      defaultValue = "6123",
      description = "JobManager RPC port (default ${DEFAULT-VALUE}).")
  int rpcPort;

  @Override
  public Integer call() throws InterruptedException {
    FlinkClusterSettings settings =
        FlinkClusterSettings.of(parent.stackSettings(), parent.root())
            .withPorts(restPort, rpcPort)
            .withTaskManagers(taskManagers, slots);
    FlinkCluster cluster;
    try {
      cluster = FlinkCluster.start(settings);
    } catch (RuntimeException e) {
      System.err.println("tweetrade cluster: " + e.getMessage());
      return 1;
    }
    new ClusterState(ProcessHandle.current().pid(), settings.restUrl()).write(settings.flinkHome());
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> ClusterState.delete(settings.flinkHome())));
    System.out.println("Flink Web UI and REST: " + settings.restUrl());
    System.out.println("TaskManagers:          " + taskManagers + " x " + slots + " slots");
    System.out.println("Savepoints:            " + settings.savepointsDir());
    System.out.println("Logs:                  " + settings.logsDir().resolve("flink-*.log"));
    System.out.println(
        "Submit the job with `bin/tweetrade cluster submit --parallelism 2`. Press Ctrl-C to"
            + " stop.");
    // The launcher's shutdown hook stops the JVMs on Ctrl-C/SIGTERM; this thread only watches them.
    while (!ChildJvm.isShuttingDown()) {
      ChildJvm dead = cluster.firstDead();
      if (dead != null) {
        if (ChildJvm.isShuttingDown()) break;
        System.err.println("tweetrade cluster: " + dead.exitReport(40));
        cluster.close();
        return 1;
      }
      Thread.sleep(1000);
    }
    return 0;
  }
}
