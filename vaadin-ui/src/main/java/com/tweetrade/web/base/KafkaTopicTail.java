package com.tweetrade.web.base;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows one Kafka topic on a daemon thread, starting a little before its end, and hands every
 * record to a callback.
 *
 * <p>Every UI node must see every record (it fans them out to its open pages), so this uses no
 * consumer group: it assigns all partitions itself and commits nothing. The backlog fills charts
 * with recent history when the UI starts. If the topic does not exist yet, it keeps retrying.
 */
public final class KafkaTopicTail implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaTopicTail.class);
  private static final Duration RETRY = Duration.ofSeconds(2);

  private final String bootstrap;
  private final String topic;
  private final int backlogPerPartition;
  private final Consumer<ConsumerRecord<String, byte[]>> handler;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile KafkaConsumer<String, byte[]> consumer;

  public KafkaTopicTail(
      String bootstrap,
      String topic,
      int backlogPerPartition,
      Consumer<ConsumerRecord<String, byte[]>> handler) {
    this.bootstrap = bootstrap;
    this.topic = topic;
    this.backlogPerPartition = backlogPerPartition;
    this.handler = handler;
    this.thread = new Thread(this::run, "kafka-tail-" + topic);
    this.thread.setDaemon(true);
  }

  public KafkaTopicTail start() {
    thread.start();
    return this;
  }

  private void run() {
    while (running) {
      try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(properties())) {
        consumer = c;
        if (!assign(c)) {
          sleep(RETRY);
          continue;
        }
        while (running) {
          for (ConsumerRecord<String, byte[]> record : c.poll(Duration.ofMillis(500))) {
            try {
              handler.accept(record);
            } catch (RuntimeException e) {
              LOG.warn("Handler failed on {}-{}@{}", topic, record.partition(), record.offset(), e);
            }
          }
        }
      } catch (WakeupException e) {
        // close() woke us up: the loop condition ends the thread.
      } catch (RuntimeException e) {
        LOG.warn("Reading topic {} failed; retrying: {}", topic, e.toString());
        sleep(RETRY);
      }
    }
  }

  /** Assigns every partition, positioned {@code backlogPerPartition} records before the end. */
  private boolean assign(KafkaConsumer<String, byte[]> c) {
    List<PartitionInfo> infos = c.partitionsFor(topic, Duration.ofSeconds(10));
    if (infos == null || infos.isEmpty()) return false;
    List<TopicPartition> partitions =
        infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    c.assign(partitions);
    Map<TopicPartition, Long> begin = c.beginningOffsets(partitions);
    Map<TopicPartition, Long> end = c.endOffsets(partitions);
    Map<TopicPartition, Long> start = new HashMap<>();
    for (TopicPartition tp : partitions) {
      start.put(tp, Math.max(begin.get(tp), end.get(tp) - backlogPerPartition));
    }
    start.forEach(c::seek);
    LOG.info("Following topic {} ({} partitions)", topic, partitions.size());
    return true;
  }

  private Properties properties() {
    Properties p = KafkaConfig.clientProperties(bootstrap);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return p;
  }

  private void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  @Override
  public void close() {
    running = false;
    KafkaConsumer<String, byte[]> c = consumer;
    if (c != null) c.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
