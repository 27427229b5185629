package com.tweetrade.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class TopicReaderTest {
  private static final String TOPIC = "quotes";
  private final TopicPartition p0 = new TopicPartition(TOPIC, 0);
  private final TopicPartition p1 = new TopicPartition(TOPIC, 1);

  private MockConsumer<String, String> consumerWithTwoPartitions(long end0, long end1) {
    MockConsumer<String, String> consumer = new MockConsumer<>(OffsetResetStrategy.EARLIEST);
    Node node = new Node(0, "h", 1);
    consumer.updatePartitions(
        TOPIC,
        List.of(
            new PartitionInfo(TOPIC, 0, node, null, null),
            new PartitionInfo(TOPIC, 1, node, null, null)));
    consumer.updateBeginningOffsets(Map.of(p0, 0L, p1, 0L));
    consumer.updateEndOffsets(Map.of(p0, end0, p1, end1));
    return consumer;
  }

  @Test
  void shouldReadEveryPartitionToItsEndAsOfTheStart() {
    MockConsumer<String, String> consumer = consumerWithTwoPartitions(2, 1);
    consumer.schedulePollTask(
        () -> {
          consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 0, "a", "1"));
          consumer.addRecord(new ConsumerRecord<>(TOPIC, 1, 0, "b", "2"));
        });
    consumer.schedulePollTask(
        () -> consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 1, "a", "3")));

    List<ConsumerRecord<String, String>> read =
        TopicReader.readToEnd(consumer, TOPIC, Duration.ofSeconds(10));

    assertThat(read).extracting(ConsumerRecord::value).containsExactlyInAnyOrder("1", "2", "3");
  }

  @Test
  void shouldReadNothingFromAnEmptyTopic() {
    assertThat(TopicReader.readToEnd(consumerWithTwoPartitions(0, 0), TOPIC, Duration.ofSeconds(1)))
        .isEmpty();
  }

  @Test
  void shouldSayHowFarItGotWhenTheEndIsNotReached() {
    MockConsumer<String, String> consumer = consumerWithTwoPartitions(5, 0);
    assertThatThrownBy(() -> TopicReader.readToEnd(consumer, TOPIC, Duration.ofMillis(300)))
        .hasMessageContaining("reading quotes to its end")
        .hasMessageContaining("0 records read");
  }
}
