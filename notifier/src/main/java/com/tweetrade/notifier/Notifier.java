package com.tweetrade.notifier;

import com.tweetrade.model.Alert;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.MalformedEventException;
import com.tweetrade.notifier.delivery.AlertDelivery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads alerts from Kafka and hands each polled batch to {@link AlertDelivery}, then commits the
 * batch's offsets: at least once.
 *
 * <p>A batch's users are served in parallel (a fixed pool of workers), each user's alerts in order.
 * The offsets are committed only once every alert of the batch is DELIVERED, FAILED, or has no
 * webhook; a notifier stopped or killed before that delivers the batch again on its next start, and
 * receivers dedup by the {@code Idempotency-Key} (the alert id). Retries are bounded ({@link
 * com.tweetrade.notifier.delivery.Backoff}), so a slow or dead endpoint delays the batch it is in
 * by a bounded time, never for ever; the consumer's {@code max.poll.interval.ms} is set above that
 * bound ({@link KafkaAlerts}).
 */
public final class Notifier implements Runnable, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration WAIT_STEP = Duration.ofMillis(200);
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);

  private final Consumer<String, byte[]> consumer;
  private final String topic;
  private final AlertDelivery delivery;
  private final ExecutorService workers;
  private final AutoCloseable session;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean running = true;
  private volatile Throwable failure;

  /**
   * Takes ownership of {@code consumer}, {@code workers} and {@code session} (the delivery's
   * Cassandra session): all are closed when it stops.
   */
  public Notifier(
      Consumer<String, byte[]> consumer,
      String topic,
      AlertDelivery delivery,
      ExecutorService workers,
      AutoCloseable session) {
    this.consumer = consumer;
    this.topic = topic;
    this.delivery = delivery;
    this.workers = workers;
    this.session = session;
  }

  @Override
  public void run() {
    try {
      consumer.subscribe(List.of(topic));
      while (running) {
        ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
        if (records.isEmpty()) continue;
        if (!deliver(records)) break; // stopped mid-batch: nothing committed, redelivered later
        commit(records);
      }
    } catch (WakeupException e) {
      if (running) throw e;
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    } finally {
      running = false;
      workers.shutdownNow();
      try {
        consumer.close(Duration.ofSeconds(5));
        workers.awaitTermination(5, TimeUnit.SECONDS); // no worker writes to a closed session
        session.close();
      } catch (Exception e) {
        LOG.warn("closing the notifier: {}", e.toString());
      } finally {
        stopped.countDown();
      }
    }
  }

  /** Delivers a batch; false when the notifier stopped before every alert was settled. */
  private boolean deliver(ConsumerRecords<String, byte[]> records) {
    Map<String, List<Alert>> byUser = new LinkedHashMap<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      try {
        Alert alert = JsonCodec.ALERT.decode(record.value());
        if (isBlank(alert.id()) || isBlank(alert.userId())) {
          LOG.warn(
              "skipping {}-{}@{}: an alert needs an id and a user id",
              record.topic(),
              record.partition(),
              record.offset());
          continue;
        }
        byUser.computeIfAbsent(alert.userId(), u -> new ArrayList<>()).add(alert);
      } catch (MalformedEventException e) {
        LOG.warn(
            "skipping {}-{}@{}: {}",
            record.topic(),
            record.partition(),
            record.offset(),
            e.getMessage());
      }
    }
    List<Future<?>> tasks = new ArrayList<>();
    for (List<Alert> alerts : byUser.values()) {
      tasks.add(
          workers.submit(
              () -> {
                delivery.deliverAll(alerts);
                return null;
              }));
    }
    for (Future<?> task : tasks) {
      while (true) {
        if (!running) return false;
        try {
          task.get(WAIT_STEP.toMillis(), TimeUnit.MILLISECONDS);
          break;
        } catch (TimeoutException e) {
          // still delivering: look at the running flag again
        } catch (InterruptedException | CancellationException e) {
          return false;
        } catch (ExecutionException e) {
          if (e.getCause() instanceof InterruptedException) return false;
          throw new IllegalStateException(
              "delivering alerts failed: " + e.getCause().getMessage(), e.getCause());
        }
      }
    }
    return running;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private void commit(ConsumerRecords<String, byte[]> records) {
    Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
    for (TopicPartition partition : records.partitions()) {
      List<ConsumerRecord<String, byte[]>> inPartition = records.records(partition);
      long last = inPartition.get(inPartition.size() - 1).offset();
      next.put(partition, new OffsetAndMetadata(last + 1));
    }
    try {
      consumer.commitSync(next);
    } catch (CommitFailedException e) {
      // The partitions moved to another notifier while this batch was delivered: it delivers
      // them again (at least once).
      LOG.warn("could not commit {}: {}", next, e.getMessage());
    }
  }

  /** Why the loop ended, if it failed (Cassandra unreachable, say); null after a clean stop. */
  public Throwable failure() {
    return failure;
  }

  /**
   * Stops now: deliveries in flight are interrupted and their batch is not committed, so the next
   * start delivers it again.
   */
  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    workers.shutdownNow();
    try {
      if (!stopped.await(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS))
        LOG.warn("the notifier did not stop within {} s", STOP_WAIT.toSeconds());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
