package com.tweetrade.web.system;

import com.tweetrade.web.base.CurrentUser;
import com.tweetrade.web.base.KafkaConfig;
import com.tweetrade.web.base.Listeners;
import com.tweetrade.web.base.TweetradeProperties;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Samples the running system for the System page: topic rates and the job's consumer lag from
 * Kafka's offsets, decision latency and checkpoints from Flink's REST API.
 *
 * <p>One monitor for the application, whatever the number of open pages: it samples every {@code
 * tweetrade.system.sample-interval} while at least one page listens, keeps the last {@code history}
 * samples for the charts, and stops when the last page closes. Rates are the growth of end offsets
 * between two samples, read {@code read_committed} (the job writes trades and dead letters in
 * transactions), so a committed transaction's marker counts as one record on each partition it
 * wrote. Administrators only.
 */
@Service
public class SystemMonitor {
  private final TweetradeProperties props;
  private final SystemProperties settings;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final Admin admin;
  private final FlinkRest flink;
  private final Map<String, String> flowTopics = new LinkedHashMap<>();
  private final Listeners<List<SystemSample>> listeners = new Listeners<>();
  private final ArrayDeque<SystemSample> history = new ArrayDeque<>();
  private final ScheduledExecutorService sampler =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "system-monitor");
            t.setDaemon(true);
            return t;
          });

  /** Held while sampling, so that a slow Kafka or Flink never blocks a page reading history. */
  private final Object sampling = new Object();

  private @Nullable ScheduledFuture<?> running;
  private volatile boolean restart;
  private KafkaRates.@Nullable Offsets previous;

  public SystemMonitor(
      TweetradeProperties props, SystemProperties settings, CurrentUser currentUser, Clock clock) {
    this.props = props;
    this.settings = settings;
    this.currentUser = currentUser;
    this.clock = clock;
    this.admin = Admin.create(adminProperties(props.kafkaBootstrap(), settings));
    this.flink = new FlinkRest(props.flinkUiUrl(), settings.flinkJobName(), settings.timeout());
    flowTopics.put(SystemSample.QUOTES, props.topics().quotes());
    flowTopics.put(SystemSample.TWEETS, props.topics().tweets());
    flowTopics.put(SystemSample.TRADES, props.topics().trades());
    flowTopics.put(SystemSample.DEAD_LETTERS, props.topics().deadLetters());
  }

  private static Properties adminProperties(String bootstrap, SystemProperties settings) {
    Properties p = KafkaConfig.clientProperties(bootstrap);
    p.put(AdminClientConfig.CLIENT_ID_CONFIG, "tweetrade-ui-system");
    int ms = (int) settings.timeout().toMillis();
    p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ms);
    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms);
    p.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2000);
    return p;
  }

  /** Where Flink's REST API is read, for the page's messages. */
  public String flinkUrl() {
    return props.flinkUiUrl().toString();
  }

  /** The consumer group whose lag is shown. */
  public String consumerGroup() {
    return settings.consumerGroup();
  }

  /** The samples kept so far, oldest first. */
  public synchronized List<SystemSample> history() {
    currentUser.requireAdmin();
    return List.copyOf(history);
  }

  /**
   * Calls {@code listener} with the whole history after each sample (on the monitor's thread) and
   * starts sampling if nobody was listening; run the returned handle to stop listening.
   */
  public synchronized Runnable subscribe(Consumer<List<SystemSample>> listener) {
    currentUser.requireAdmin();
    Runnable remove = listeners.add(listener);
    if (running == null) {
      long ms = settings.sampleInterval().toMillis();
      running =
          sampler.scheduleWithFixedDelay(this::sampleAndPublish, 0, ms, TimeUnit.MILLISECONDS);
    }
    return () -> unsubscribe(remove);
  }

  private synchronized void unsubscribe(Runnable remove) {
    remove.run();
    if (listeners.size() == 0 && running != null) {
      running.cancel(false);
      running = null;
      // A rate across the pause would be an average over it: start afresh next time.
      restart = true;
    }
  }

  /** Takes one sample now, adds it to the history and returns it. */
  public SystemSample sampleNow() {
    currentUser.requireAdmin();
    return sample();
  }

  private void sampleAndPublish() {
    sample();
    List<SystemSample> copy;
    synchronized (this) {
      copy = List.copyOf(history);
    }
    listeners.fire(copy);
  }

  private SystemSample sample() {
    SystemSample sample;
    synchronized (sampling) {
      sample = measure();
    }
    synchronized (this) {
      history.addLast(sample);
      while (history.size() > Math.max(1, settings.history())) history.removeFirst();
    }
    return sample;
  }

  private SystemSample measure() {
    if (restart) {
      restart = false;
      previous = null;
    }
    FlinkStatus flinkStatus = flink.read();
    Map<String, Double> rates = new LinkedHashMap<>();
    Map<String, Long> lag = Map.of();
    String kafkaProblem = null;
    try {
      Map<TopicPartition, Long> committed = committedOffsets();
      Set<String> topics = new TreeSet<>(flowTopics.values());
      committed.keySet().forEach(tp -> topics.add(tp.topic()));
      Map<TopicPartition, Long> ends = endOffsets(topics);
      KafkaRates.Offsets now = new KafkaRates.Offsets(clock.instant(), KafkaRates.byTopic(ends));
      if (previous != null) {
        Map<String, Double> byTopic = KafkaRates.perSecond(previous, now);
        flowTopics.forEach(
            (flow, topic) -> {
              Double rate = byTopic.get(topic);
              if (rate != null) rates.put(flow, rate);
            });
      }
      previous = now;
      lag = KafkaRates.lag(ends, committed);
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
      kafkaProblem =
          "Kafka did not answer at " + props.kafkaBootstrap() + ": " + cause.getMessage();
      previous = null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kafkaProblem = "interrupted";
    }
    return new SystemSample(clock.instant(), rates, lag, kafkaProblem, flinkStatus);
  }

  private Map<TopicPartition, Long> committedOffsets()
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<TopicPartition, OffsetAndMetadata> offsets =
        admin
            .listConsumerGroupOffsets(settings.consumerGroup())
            .partitionsToOffsetAndMetadata()
            .get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
    Map<TopicPartition, Long> committed = new HashMap<>();
    offsets.forEach(
        (tp, om) -> {
          if (om != null) committed.put(tp, om.offset());
        });
    return committed;
  }

  /** Latest committed-read end offsets of every partition of the topics that exist. */
  private Map<TopicPartition, Long> endOffsets(Set<String> topics)
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<String, KafkaFuture<TopicDescription>> described =
        admin.describeTopics(topics).topicNameValues();
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    for (var entry : described.entrySet()) {
      TopicDescription d;
      try {
        d = entry.getValue().get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        continue; // a topic that does not exist (yet) has no rate, not an error for the others
      }
      d.partitions()
          .forEach(
              p -> request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
    }
    Map<TopicPartition, Long> ends = new HashMap<>();
    if (request.isEmpty()) return ends;
    admin
        .listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
        .all()
        .get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
        .forEach((tp, info) -> ends.put(tp, info.offset()));
    return ends;
  }

  @PreDestroy
  void close() {
    sampler.shutdownNow();
    admin.close(java.time.Duration.ofSeconds(2));
  }
}
