package com.tweetrade.job.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tweetrade.job.analytics.Decoded;
import com.tweetrade.job.analytics.ModelTypes;
import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class DecodingDeserializerTest {
  private final DecodingDeserializer<Quote> deserializer =
      new DecodingDeserializer<>(
          JsonCodec.QUOTE, Quote::eventTime, ModelTypes.decoded(ModelTypes.QUOTE));

  @Test
  void shouldDecodeGoodRecordsAndKeepBadOnesWithTheirReasonAndPosition() {
    List<Decoded<Quote>> out = new ArrayList<>();
    Quote quote = new Quote("TSLA", 100, 1, 99, 101, 5_000);
    deserializer.deserialize(record(7, JsonCodec.QUOTE.encode(quote)), collector(out));
    deserializer.deserialize(record(8, "nope".getBytes(StandardCharsets.UTF_8)), collector(out));

    assertThat(out.get(0)).isEqualTo(Decoded.ok(quote, "quotes-0@7", 5_000));
    assertThat(out.get(1).isOk()).isFalse();
    assertThat(out.get(1).error()).startsWith("not a valid Quote");
    assertThat(out.get(1).position()).isEqualTo("quotes-0@8");
  }

  @Test
  void shouldLetAFailureOfTheChainedOperatorsFailTheTaskInsteadOfDeadLetteringTheRecord() {
    List<Decoded<Quote>> seen = new ArrayList<>();
    Collector<Decoded<Quote>> failing =
        new Collector<>() {
          @Override
          public void collect(Decoded<Quote> record) {
            seen.add(record);
            if (record.isOk()) throw new IllegalStateException("downstream failure");
          }

          @Override
          public void close() {}
        };
    byte[] good = JsonCodec.QUOTE.encode(new Quote("TSLA", 100, 1, 99, 101, 5_000));

    assertThatThrownBy(() -> deserializer.deserialize(record(9, good), failing))
        .hasMessage("downstream failure");
    assertThat(seen).hasSize(1).allMatch(Decoded::isOk);
  }

  private static ConsumerRecord<byte[], byte[]> record(long offset, byte[] value) {
    return new ConsumerRecord<>("quotes", 0, offset, null, value);
  }

  private static Collector<Decoded<Quote>> collector(List<Decoded<Quote>> out) {
    return new Collector<>() {
      @Override
      public void collect(Decoded<Quote> record) {
        out.add(record);
      }

      @Override
      public void close() {}
    };
  }
}
