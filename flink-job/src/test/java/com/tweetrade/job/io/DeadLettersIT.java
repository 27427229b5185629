package com.tweetrade.job.io;

import static com.tweetrade.job.KafkaTestClients.committedReader;
import static com.tweetrade.job.KafkaTestClients.producer;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.Fixtures;
import com.tweetrade.job.StackJobs;
import com.tweetrade.job.TestClusters;
import com.tweetrade.job.TweeTradeJob;
import com.tweetrade.job.config.JobConfig;
import com.tweetrade.model.DeadLetter;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 15 items 8 on real Kafka: 1 MB bad inputs on both topics make dead letters below Kafka's
 * record limit (before: the sink failed on them and the job restarted on the same record until it
 * gave up), and after a task failure every bad input has exactly one committed dead letter (before:
 * each restart wrote again the dead letters since the last checkpoint).
 */
@ExtendWith(RealStackExtension.class)
class DeadLettersIT {
  @RegisterExtension static final MiniClusterExtension FLINK = TestClusters.oneTaskManager(2);

  private static final Duration TIMEOUT = Duration.ofMinutes(3);
  private static final int ONE_MB = 1_000_000;

  @Test
  @Timeout(value = 6, unit = java.util.concurrent.TimeUnit.MINUTES)
  void shouldWriteEachDeadLetterOnceAndBelowTheRecordLimitThroughHugeInputAndARestart(
      RealStack stack) throws Exception {
    JobConfig config = StackJobs.freshConfig(stack, "dead-letters-it");
    String quotes = config.quotesTopic();
    String tweets = config.tweetsTopic();
    String deadLetters = config.deadLettersTopic();
    Map<String, String> expected = new HashMap<>();

    try (KafkaProducer<byte[], byte[]> producer = producer(stack.kafkaBootstrap(), 2 * ONE_MB);
        KafkaConsumer<byte[], byte[]> reader =
            committedReader(stack.kafkaBootstrap(), deadLetters)) {
      StreamExecutionEnvironment env = environment();
      new TweeTradeJob(config, new CrashOnceIo(new KafkaCassandraIo(config))).attach(env);
      JobClient job = env.executeAsync("DeadLettersIT");
      try {
        // The job runs once the dead letter of a first bad quote is committed.
        expected.put(
            send(producer, quotes, quote("WARMUP", System.currentTimeMillis())),
            "unknown ticker WARMUP");
        List<DeadLetter> read = new ArrayList<>(await(reader, 1));

        long now = System.currentTimeMillis();
        String hugeTicker = "X".repeat(ONE_MB);
        expected.put(send(producer, quotes, quote(hugeTicker, now)), "unknown ticker XXX");
        byte[] hugeTweet = JsonCodec.TWEET.encode(Fixtures.tweet(7, "y".repeat(ONE_MB), -1));
        expected.put(send(producer, tweets, hugeTweet), "created_at must be positive");
        for (int i = 0; i < 10; i++) {
          expected.put(send(producer, quotes, quote("NOPE" + i, now)), "unknown ticker NOPE" + i);
        }
        expected.put(
            send(producer, quotes, quote(CrashOnceIo.CRASH_TICKER, now)),
            "unknown ticker CRASHNOW");
        read.addAll(await(reader, expected.size() - read.size()));
        // Two more checkpoints: a repeat written after the restart would be committed by now.
        Thread.sleep(3_000);
        read.addAll(poll(reader, Duration.ofSeconds(2)));

        assertThat(CrashOnceIo.crashed()).as("the planned task failure happened").isTrue();
        assertThat(job.getJobStatus().get()).isEqualTo(JobStatus.RUNNING);
        assertThat(read)
            .extracting(DeadLetter::position)
            .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (DeadLetter letter : read) {
          assertThat(letter.reason()).startsWith(expected.get(letter.position()));
          assertThat(JsonCodec.DEAD_LETTER.encode(letter).length).isLessThan(ONE_MB);
        }
      } finally {
        job.cancel().get();
      }
    }
  }

  private static StreamExecutionEnvironment environment() {
    Configuration conf =
        Configuration.fromMap(
            Map.of(
                "execution.checkpointing.interval", "1 s",
                "restart-strategy.type", "fixed-delay",
                "restart-strategy.fixed-delay.attempts", "2",
                "restart-strategy.fixed-delay.delay", "1 s",
                "pipeline.generic-types", "false"));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.configure(conf);
    env.setParallelism(1);
    return env;
  }

  private static byte[] quote(String ticker, long time) {
    return JsonCodec.QUOTE.encode(new Quote(ticker, 10_000, 10, 9_999, 10_001, time));
  }

  private static String send(KafkaProducer<byte[], byte[]> producer, String topic, byte[] value)
      throws Exception {
    RecordMetadata m = producer.send(new ProducerRecord<>(topic, value)).get();
    return m.topic() + "-" + m.partition() + "@" + m.offset();
  }

  private static List<DeadLetter> await(KafkaConsumer<byte[], byte[]> reader, int count)
      throws Exception {
    List<DeadLetter> out = new ArrayList<>();
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (out.size() < count && System.nanoTime() < deadline) {
      out.addAll(poll(reader, Duration.ofMillis(500)));
    }
    return out;
  }

  private static List<DeadLetter> poll(KafkaConsumer<byte[], byte[]> reader, Duration timeout)
      throws Exception {
    List<DeadLetter> out = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : reader.poll(timeout)) {
      out.add(JsonCodec.DEAD_LETTER.decode(r.value()));
    }
    return out;
  }
}
