package com.tweetrade.tweets;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import com.tweetrade.tweets.replay.RecordingInput;
import com.tweetrade.tweets.replay.ReplayClock;
import com.tweetrade.tweets.replay.ReplaySource;
import com.tweetrade.tweets.replay.Speed;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark: replay at {@code max} speed into the real local broker and write tweets/s to {@code
 * target/bench/tweet-throughput.txt} (goal: 50,000/s). Asserts only that every tweet was
 * acknowledged; the speed is a figure to read, not a test that can flake on a busy machine.
 *
 * <p>Both JVMs are warmed up first ({@code -Dtweetrade.bench.warmup}, default 200,000 tweets into a
 * topic of their own): a fresh ingestor and a fresh broker spend their first seconds compiling the
 * hot paths on the same two cores, and an ingestor replaying for real runs much longer than that.
 * The warm-up's own rate is written too, as the cold figure.
 *
 * <p>Default input: the bundled sample looped with {@code --retime} up to {@code
 * -Dtweetrade.bench.tweets} (400,000): pass 0 is parsed by twitter4j, later passes come from
 * memory, exactly as {@code ingest-tweets --loop --speed max --retime} runs. {@code
 * -Dtweetrade.bench.file=path} replays that file once instead (e.g. the full 96,826-tweet StockNet
 * file): every tweet parsed by twitter4j.
 *
 * <p>CPU is measured for this JVM (ingestor, producer threads, GC and JIT) and for the broker
 * process, so the figure can be read on a machine shared with other work: at most 2 cores /
 * (ingestor + broker CPU per tweet) tweets/s are possible here.
 */
@ExtendWith(RealStackExtension.class)
class TweetThroughputBenchIT {

  @Test
  void shouldMeasureReplayThroughputIntoKafka(RealStack stack) throws Exception {
    String file = System.getProperty("tweetrade.bench.file");
    long wanted = Long.getLong("tweetrade.bench.tweets", 400_000);
    long warmupTweets = Long.getLong("tweetrade.bench.warmup", 200_000);
    ProcessHandle broker = stack.kafkaProcess().orElse(null);

    Run warm =
        warmupTweets > 0
            ? run(stack, "tweets-warmup", RecordingInput.sample(), true, warmupTweets, broker)
            : null;
    RecordingInput input =
        file == null ? RecordingInput.sample() : RecordingInput.file(Path.of(file));
    Run run = run(stack, "tweets-bench", input, file == null, file == null ? wanted : 0, broker);

    double rate = run.sent / run.seconds;
    List<String> lines =
        new ArrayList<>(
            List.of(
                "# tweet-ingestor replay throughput into a local Kafka broker (speed=max, acks=all,"
                    + " idempotent, settings of KafkaClients.producer)",
                "date=" + Instant.now(),
                "input="
                    + (file == null
                        ? input.name()
                            + " looped with --retime (pass 0 parsed by twitter4j, later passes from"
                            + " memory)"
                        : file + " once (every line parsed by twitter4j)"),
                "tweets=" + run.sent,
                "dead_lettered=" + run.publisher.counters().deadLettered.get(),
                "duplicates=" + run.publisher.counters().duplicates.get(),
                "seconds=" + String.format("%.3f", run.seconds),
                "tweets_per_second=" + Math.round(rate),
                "goal_tweets_per_second=50000",
                "goal_met=" + (rate >= 50_000),
                "# CPU over the measured run: this JVM (ingestor + producer threads + GC/JIT) and"
                    + " the broker process",
                "ingestor_cpu_seconds=" + String.format("%.3f", run.cpuSeconds),
                "ingestor_cpu_us_per_tweet="
                    + String.format("%.2f", run.cpuSeconds * 1e6 / run.sent),
                "broker_cpu_seconds="
                    + (broker == null ? "n/a" : String.format("%.3f", run.brokerCpuSeconds)),
                "broker_cpu_us_per_tweet="
                    + (broker == null
                        ? "n/a"
                        : String.format("%.2f", run.brokerCpuSeconds * 1e6 / run.sent)),
                "cpu_bound_tweets_per_second_on_idle_cores="
                    + (broker == null
                        ? "n/a"
                        : Math.round(
                            Runtime.getRuntime().availableProcessors()
                                * run.sent
                                / (run.cpuSeconds + run.brokerCpuSeconds))),
                "cores=" + Runtime.getRuntime().availableProcessors(),
                "load_average_at_end=" + String.format("%.2f", run.loadAtEnd)));
    if (warm != null) {
      lines.add("# warm-up before the measured run (cold JVMs), same settings, its own topic");
      lines.add("warmup_tweets=" + warm.sent);
      lines.add("warmup_tweets_per_second=" + Math.round(warm.sent / warm.seconds));
      lines.add(
          "warmup_ingestor_cpu_us_per_tweet="
              + String.format("%.2f", warm.cpuSeconds * 1e6 / warm.sent));
      lines.add(
          "warmup_broker_cpu_us_per_tweet="
              + (broker == null
                  ? "n/a"
                  : String.format("%.2f", warm.brokerCpuSeconds * 1e6 / warm.sent)));
    }
    Path out = Fixtures.writeBenchReport("tweet-throughput.txt", lines);
    System.out.printf(
        "tweet-ingestor benchmark: %d tweets in %.2f s = %.0f tweets/s -> %s%n",
        run.sent, run.seconds, rate, out.toAbsolutePath());

    assertThat(run.publisher.counters().failed.get()).isZero();
    assertThat(run.replay.published()).isEqualTo(run.sent);
    if (file == null) assertThat(run.sent).isEqualTo(wanted);
  }

  /** One replay into a fresh topic, timed from the first read to the last acknowledgement. */
  private static Run run(
      RealStack stack,
      String topicPrefix,
      RecordingInput input,
      boolean loop,
      long count,
      ProcessHandle broker) {
    TweetPublisher publisher = Fixtures.benchPublisher(stack, topicPrefix, "tweet-ingestor/replay");
    ReplaySource replay =
        new ReplaySource(
            input,
            new ReplayClock(Speed.MAX, true, TimeSource.SYSTEM),
            loop,
            count,
            publisher,
            TimeSource.SYSTEM);
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuStart = os.getProcessCpuTime();
    long brokerCpuStart = cpuNanos(broker);
    long start = System.nanoTime();
    replay.run();
    publisher.flush();
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
    double brokerCpuSeconds = (cpuNanos(broker) - brokerCpuStart) / 1e9;
    double load = os.getSystemLoadAverage();
    publisher.close();
    return new Run(
        publisher,
        replay,
        publisher.counters().sent.get(),
        seconds,
        cpuSeconds,
        brokerCpuSeconds,
        load);
  }

  private record Run(
      TweetPublisher publisher,
      ReplaySource replay,
      long sent,
      double seconds,
      double cpuSeconds,
      double brokerCpuSeconds,
      double loadAtEnd) {}

  private static long cpuNanos(ProcessHandle h) {
    return h == null ? 0 : h.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
  }
}
