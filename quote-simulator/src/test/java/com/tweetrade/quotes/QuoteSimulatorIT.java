package com.tweetrade.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.JsonCodec;
import com.tweetrade.model.Quote;
import com.tweetrade.stack.junit.RealStack;
import com.tweetrade.stack.junit.RealStackExtension;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/** Runs the CLI against the real local broker and reads every quote back. */
@ExtendWith(RealStackExtension.class)
class QuoteSimulatorIT {
  private static final Instant START = Instant.parse("2015-03-02T14:30:00Z");
  private static final List<String> TICKERS = List.of("AAPL", "BRK-A", "TSLA", "XOM");
  private static final int ROUNDS = 250;
  private static final long SEED = 20150302L;

  @Test
  void shouldWriteEveryQuoteKeyedByTickerWithEventTimeAndJson(RealStack stack) throws Exception {
    String topic = stack.createTopic("quotes", 3);
    int count = TICKERS.size() * ROUNDS;
    int code =
        new CommandLine(new QuoteSimulatorCommand())
            .execute(
                "--kafka",
                stack.kafkaBootstrap(),
                "--topic",
                topic,
                "--tickers",
                String.join(",", TICKERS),
                "--clock",
                "historical",
                "--start",
                START.toString(),
                "--seed",
                Long.toString(SEED),
                "--count",
                Integer.toString(count),
                "--scenario",
                "TSLA -5% over 60s at +30s");
    assertThat(code).isZero();

    // What the same options generate in memory: the exact stream the broker must now hold.
    QuoteGenerator expectedGenerator =
        new QuoteGenerator(
            TickerProfiles.forSymbols(TICKERS),
            1_000_000_000L,
            List.of(Scenario.parse("TSLA -5% over 60s at +30s")),
            EventClock.historical(START),
            SEED);
    List<Quote> expected = new ArrayList<>();
    for (int i = 0; i < count; i++) expected.add(expectedGenerator.get());

    List<ConsumerRecord<byte[], byte[]>> records =
        TopicRecords.readAll(stack.kafkaBootstrap(), topic, count);
    assertThat(records).hasSize(count);
    List<Quote> received = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> record : records) {
      Quote quote = JsonCodec.QUOTE.decode(record.value());
      assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(quote.ticker());
      assertThat(record.timestamp()).isEqualTo(quote.eventTime());
      assertThat(quote.problem()).isNull();
      received.add(quote);
    }
    // Partitions interleave tickers, but each ticker's quotes keep their order (one key, one
    // partition).
    Map<String, List<Quote>> receivedByTicker =
        received.stream().collect(Collectors.groupingBy(Quote::ticker));
    Map<String, List<Quote>> expectedByTicker =
        expected.stream().collect(Collectors.groupingBy(Quote::ticker));
    assertThat(receivedByTicker).isEqualTo(expectedByTicker);
    for (List<Quote> quotes : receivedByTicker.values()) {
      assertThat(quotes)
          .hasSize(ROUNDS)
          .isSortedAccordingTo(Comparator.comparingLong(Quote::eventTime));
    }
    assertThat(receivedByTicker.get("TSLA").get(0).eventTime())
        .isEqualTo(START.toEpochMilli() + 500);
  }
}
