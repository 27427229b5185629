package com.tweetrade.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.config.JobConfig;
import com.tweetrade.job.io.KafkaCassandraIo;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.Test;

/** The production graph's operator uids are exactly the registry's: none missing, none ad hoc. */
class UidRegistryTest {

  @Test
  void shouldGiveEveryOperatorAUidFromTheRegistry() throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    JobConfig config = JobConfig.defaults();
    new TweeTradeJob(config, new KafkaCassandraIo(config)).attach(env);
    List<StreamNode> nodes = List.copyOf(env.getStreamGraph().getStreamNodes());

    assertThat(nodes)
        .allSatisfy(n -> assertThat(n.getTransformationUID()).as(n.getOperatorName()).isNotNull());
    Set<String> uids = new TreeSet<>();
    for (StreamNode n : nodes) uids.add(ownUid(n.getTransformationUID()));
    assertThat(uids).isEqualTo(Uids.all());
  }

  /**
   * A Kafka sink's committer gets the writer's uid behind a prefix Flink adds; the rest are ours as
   * given.
   */
  private static String ownUid(String uid) {
    String committer = "Sink Committer: ";
    return uid.startsWith(committer) ? uid.substring(committer.length()) : uid;
  }
}
