package com.tweetrade.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** Rates from two samples of end offsets, and a group's lag, computed by hand. */
class KafkaRatesTest {
  private static final Instant T0 = Instant.parse("2026-12-07T18:00:00Z");
  private static final Instant T2 = T0.plusSeconds(2);

  private static TopicPartition tp(String topic, int partition) {
    return new TopicPartition(topic, partition);
  }

  @Test
  void shouldDivideTheGrowthOfEndOffsetsByTheTimeBetweenSamples() {
    var before = new KafkaRates.Offsets(T0, Map.of("quotes", 1_000L, "tweets", 50L));
    var after = new KafkaRates.Offsets(T2, Map.of("quotes", 1_090L, "tweets", 50L));

    Map<String, Double> rates = KafkaRates.perSecond(before, after);

    assertThat(rates.get("quotes")).isCloseTo(45.0, within(1e-9));
    assertThat(rates.get("tweets")).isZero();
  }

  @Test
  void shouldGiveNoRateForANewTopicARecreatedOneOrSamplesAtTheSameInstant() {
    var before = new KafkaRates.Offsets(T0, Map.of("quotes", 1_000L, "trades", 500L));
    var after = new KafkaRates.Offsets(T2, Map.of("quotes", 10L, "trades", 510L, "new", 7L));

    assertThat(KafkaRates.perSecond(before, after)).containsOnlyKeys("trades");
    assertThat(KafkaRates.perSecond(after, new KafkaRates.Offsets(T2, after.endOffsets())))
        .isEmpty();
  }

  @Test
  void shouldSumPartitionsByTopic() {
    assertThat(
            KafkaRates.byTopic(
                Map.of(tp("quotes", 0), 10L, tp("quotes", 1), 32L, tp("tweets", 0), 5L)))
        .containsExactlyInAnyOrderEntriesOf(Map.of("quotes", 42L, "tweets", 5L));
  }

  @Test
  void shouldSumTheLagOfCommittedPartitionsPerTopicNeverBelowZero() {
    Map<TopicPartition, Long> ends =
        Map.of(
            tp("quotes", 0), 100L,
            tp("quotes", 1), 250L,
            tp("tweets", 0), 40L,
            tp("rules", 0), 9L);
    Map<TopicPartition, Long> committed =
        Map.of(
            tp("quotes", 0), 90L, // 10 behind
            tp("quotes", 1), 245L, // 5 behind
            tp("tweets", 0), 41L, // committed after the end was read: 0, not -1
            tp("gone", 0), 3L); // no end offset read: left out

    assertThat(KafkaRates.lag(ends, committed))
        .containsExactlyInAnyOrderEntriesOf(Map.of("quotes", 15L, "tweets", 0L));
  }
}
