package com.tweetrade.bench;

import com.tweetrade.stack.LocalStack;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;

/**
 * Node loss in a 3-node stack ({@code bench --faults --cluster}): the last broker or Cassandra node
 * killed with SIGKILL, down for a while, started again on its data, and for a broker, watched until
 * it is back in sync. The last node is never a client's only contact point (clients list every
 * broker; the job's CQL contact point is node 1), as in a real deployment with several.
 */
final class NodeLoss {
  private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(5);

  private final LocalStack stack;
  private final BenchKafka kafka;
  private final Duration down;

  NodeLoss(LocalStack stack, BenchKafka kafka, Duration down) {
    this.stack = stack;
    this.kafka = kafka;
    this.down = down;
  }

  /** Kills, restarts and awaits the last broker; returns what happened, for the run's note. */
  String killBroker() throws Exception {
    int id = stack.nodes();
    long pid = stack.killBroker(id);
    Thread.sleep(down.toMillis());
    stack.startBroker(id);
    long restarted = System.nanoTime();
    awaitInSync(id);
    return "broker "
        + id
        + " (pid "
        + pid
        + ") killed, restarted "
        + down.toSeconds()
        + " s later, back in the ISR of every partition "
        + seconds(restarted)
        + " s after its restart; ";
  }

  /** Kills and restarts the last Cassandra node; returns what happened, for the run's note. */
  String killCassandra() throws Exception {
    int id = stack.nodes();
    long pid = stack.killCassandraNode(id);
    Thread.sleep(down.toMillis());
    long restarted = System.nanoTime();
    stack.startCassandraNode(id);
    return "Cassandra node "
        + id
        + " (pid "
        + pid
        + ") killed, restarted "
        + down.toSeconds()
        + " s later, answering CQL again "
        + seconds(restarted)
        + " s after its restart (the others replay their hints to it); ";
  }

  /** Until broker {@code id} is in the in-sync replicas of every partition it holds. */
  private void awaitInSync(int id) throws Exception {
    long deadline = System.nanoTime() + CATCH_UP_LIMIT.toNanos();
    try (Admin admin = kafka.admin()) {
      while (true) {
        Set<String> topics = admin.listTopics().names().get(60, TimeUnit.SECONDS);
        boolean inSync = true;
        for (TopicDescription topic :
            admin.describeTopics(topics).allTopicNames().get(60, TimeUnit.SECONDS).values()) {
          for (var partition : topic.partitions()) {
            boolean holds = partition.replicas().stream().anyMatch(n -> n.id() == id);
            boolean synced = partition.isr().stream().anyMatch(n -> n.id() == id);
            if (holds && !synced) inSync = false;
          }
        }
        if (inSync) return;
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "broker "
                  + id
                  + " not back in sync "
                  + CATCH_UP_LIMIT.toMinutes()
                  + " min after restart");
        }
        Thread.sleep(500);
      }
    }
  }

  private static long seconds(long since) {
    return (System.nanoTime() - since) / 1_000_000_000;
  }
}
