package com.tweetrade.tweets.live.bluesky;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Where a restarted Bluesky source picks up: the newest Jetstream {@code time_us} on the tweets
 * topic and the ids of the posts already there.
 *
 * <p>Every Bluesky record carries its event's {@code time_us} in the {@value #HEADER} header, so
 * the topic itself is the durable cursor: no file to lose or to get out of step with what Kafka
 * holds. Only the last {@code scanPerPartition} records of each partition are read; records of
 * other sources (no header) are passed over.
 *
 * @param timeUs the newest {@code time_us} found, 0 when none (start at the live tail)
 * @param sentIds ids of the Bluesky posts read, to be skipped when the cursor replays them
 */
public record ResumePoint(long timeUs, Set<Long> sentIds) {
  /** The record header holding the Jetstream {@code time_us} of the post, as decimal text. */
  public static final String HEADER = "jetstream-time-us";

  public static final ResumePoint NONE = new ResumePoint(0, Set.of());

  public ResumePoint {
    sentIds = Set.copyOf(sentIds);
  }

  /** The header for a record of the event at {@code timeUs}. */
  public static List<Header> header(long timeUs) {
    return List.of(
        new RecordHeader(HEADER, Long.toString(timeUs).getBytes(StandardCharsets.US_ASCII)));
  }

  /**
   * Reads the tail of {@code topic}; {@link #NONE} when the topic is missing or holds no Bluesky
   * record.
   */
  public static ResumePoint read(
      Consumer<String, byte[]> consumer, String topic, int scanPerPartition) {
    List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
    if (infos == null || infos.isEmpty()) return NONE;
    List<TopicPartition> parts = new ArrayList<>();
    for (PartitionInfo i : infos) parts.add(new TopicPartition(topic, i.partition()));
    consumer.assign(parts);
    Map<TopicPartition, Long> ends = consumer.endOffsets(parts, Duration.ofSeconds(10));
    Map<TopicPartition, Long> starts = consumer.beginningOffsets(parts, Duration.ofSeconds(10));
    for (TopicPartition p : parts)
      consumer.seek(p, Math.max(starts.get(p), ends.get(p) - scanPerPartition));
    long newest = 0;
    Set<Long> ids = new HashSet<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!reachedEnds(consumer, ends) && System.nanoTime() < deadline) {
      for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
        Header h = r.headers().lastHeader(HEADER);
        if (h == null) continue;
        try {
          newest =
              Math.max(newest, Long.parseLong(new String(h.value(), StandardCharsets.US_ASCII)));
          ids.add(Long.parseLong(r.key()));
        } catch (NumberFormatException | NullPointerException e) {
          // not one of ours after all; a resume point from our own records only
        }
      }
    }
    return newest == 0 ? NONE : new ResumePoint(newest, ids);
  }

  private static boolean reachedEnds(
      Consumer<String, byte[]> consumer, Map<TopicPartition, Long> ends) {
    for (Map.Entry<TopicPartition, Long> e : ends.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) return false;
    }
    return true;
  }
}
