package com.tweetrade.tweets;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import com.tweetrade.tweets.replay.RecordingInput;
import com.tweetrade.tweets.replay.ReplayClock;
import com.tweetrade.tweets.replay.ReplaySource;
import com.tweetrade.tweets.replay.Speed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark: replay at {@code max} speed into the real local broker and write tweets/s to
 * {@code target/bench/tweet-throughput.txt} (goal: 50,000/s). Asserts only that every tweet was
 * acknowledged; the speed is a figure to read, not a test that can flake on a busy machine.
 *
 * <p>Default input: the bundled sample looped with {@code --retime} up to
 * {@code -Dtweetrade.bench.tweets} (200,000). {@code -Dtweetrade.bench.file=path} replays that
 * file once instead (e.g. the full 96,826-tweet StockNet file).
 */
@ExtendWith(RealStackExtension.class)
class TweetThroughputBenchIT {

  @Test
  void shouldMeasureReplayThroughputIntoKafka(RealStack stack) throws Exception {
    String file = System.getProperty("tweetrade.bench.file");
    long wanted = Long.getLong("tweetrade.bench.tweets", 200_000);
    String topic = stack.createTopic("tweets-bench", 3);
    String dead = stack.createTopic("dead-letters-bench", 1);
    TweetPublisher publisher = new TweetPublisher(
        KafkaClients.producer(stack.kafkaBootstrap()), topic, dead, "tweet-ingestor/replay", 1_000_000, TimeSource.SYSTEM);
    RecordingInput input = file == null ? RecordingInput.sample() : RecordingInput.file(Path.of(file));
    ReplaySource replay = new ReplaySource(input, new ReplayClock(Speed.MAX, true, TimeSource.SYSTEM),
        file == null, file == null ? wanted : 0, publisher, TimeSource.SYSTEM);

    warmUp(stack);
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpuStart = os.getProcessCpuTime();
    long start = System.nanoTime();
    replay.run();
    publisher.flush();
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
    double load = os.getSystemLoadAverage();
    publisher.close();

    long sent = publisher.counters().sent.get();
    double rate = sent / seconds;
    Path out = Path.of("target", "bench", "tweet-throughput.txt");
    Files.createDirectories(out.getParent());
    Files.write(out, List.of(
        "# tweet-ingestor replay throughput into a local Kafka broker (speed=max, acks=all, lz4)",
        "date=" + Instant.now(),
        "input=" + (file == null ? input.name() + " looped with --retime" : file),
        "tweets=" + sent,
        "dead_lettered=" + publisher.counters().deadLettered.get(),
        "duplicates=" + publisher.counters().duplicates.get(),
        "seconds=" + String.format("%.3f", seconds),
        "tweets_per_second=" + Math.round(rate),
        "goal_tweets_per_second=50000",
        "goal_met=" + (rate >= 50_000),
        "# CPU of this test JVM (ingestor + producer threads; the broker is a separate process):",
        "process_cpu_seconds=" + String.format("%.3f", cpuSeconds),
        "tweets_per_process_cpu_second=" + Math.round(sent / cpuSeconds),
        "cores=" + Runtime.getRuntime().availableProcessors(),
        "load_average_at_end=" + String.format("%.2f", load)));
    System.out.printf("tweet-ingestor benchmark: %d tweets in %.2f s = %.0f tweets/s -> %s%n", sent, seconds, rate, out.toAbsolutePath());

    assertThat(publisher.counters().failed.get()).isZero();
    assertThat(replay.published()).isEqualTo(sent);
    if (file == null) assertThat(sent).isEqualTo(wanted);
  }

  /** One short run first, so class loading and JIT do not count against the figure. */
  private static void warmUp(RealStack stack) {
    String topic = stack.createTopic("tweets-warmup", 1);
    try (TweetPublisher p = new TweetPublisher(KafkaClients.producer(stack.kafkaBootstrap()), topic, topic,
        "warmup", 100_000, TimeSource.SYSTEM)) {
      new ReplaySource(RecordingInput.sample(), new ReplayClock(Speed.MAX, true, TimeSource.SYSTEM), true, 20_000, p,
          TimeSource.SYSTEM).run();
    }
  }
}
