package com.tweetrade.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.Quote;
import com.tweetrade.model.tickers.TickerDirectory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The default run (every ticker once per second, real-time clock) measured on a fake clock. */
class ProducerTest {
  /** A generator of {@code symbols} without scenarios, on a historical clock from WALL_START. */
  static QuoteGenerator generator(List<String> symbols, long intervalNanos, long seed) {
    return new QuoteGenerator(
        TickerProfiles.forSymbols(symbols),
        intervalNanos,
        List.of(),
        EventClock.historical(FakeClocks.WALL_START),
        seed);
  }

  private static final long MILLI = 1_000_000L;

  @Test
  void shouldQuoteEveryTickerOncePerSecondSpreadEvenlyByDefault() {
    FakeClocks clocks = new FakeClocks();
    ListSink sink = new ListSink();
    int n = TickerDirectory.standard().size();
    QuoteSimulatorCommand command = command(clocks, sink);
    new picocli.CommandLine(command).parseArgs("--count", Integer.toString(10 * n), "--seed", "1");
    command.buildProducer().run();

    List<Quote> quotes = sink.quotes;
    assertThat(quotes).hasSize(10 * n);
    long t0 = FakeClocks.WALL_START.toEpochMilli();
    // A measured window of 5 s in the middle of the run.
    long from = t0 + 2_000;
    long to = t0 + 7_000;
    Map<String, Integer> perTicker = new HashMap<>();
    int[] per100ms = new int[50];
    for (Quote q : quotes) {
      if (q.eventTime() < from || q.eventTime() >= to) continue;
      perTicker.merge(q.ticker(), 1, Integer::sum);
      per100ms[(int) ((q.eventTime() - from) / 100)]++;
    }
    assertThat(perTicker.keySet()).isEqualTo(TickerDirectory.standard().symbols());
    assertThat(Collections.min(perTicker.values())).isGreaterThanOrEqualTo(4);
    assertThat(Collections.max(perTicker.values())).isLessThanOrEqualTo(6);
    int total = perTicker.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(total).isBetween(5 * n - 5, 5 * n + 5);
    // Spread evenly: every tenth of a second carries a tenth of the tickers, no bursts.
    for (int count : per100ms)
      assertThat(count).isBetween((int) (n / 10 * 0.97), (int) (n / 10 * 1.03 + 1));
    // Per ticker, consecutive quotes are one second apart (give or take the 1 ms send grouping).
    Map<String, Long> last = new HashMap<>();
    for (Quote q : quotes) {
      Long previous = last.put(q.ticker(), q.eventTime());
      if (previous != null) assertThat(q.eventTime() - previous).isBetween(998L, 1_002L);
    }
  }

  @Test
  void shouldFlushAndCloseTheSinkWhenClosedFromAnotherThread() throws Exception {
    ListSink sink = new ListSink();
    QuoteGenerator generator = generator(List.of("AAPL", "MSFT"), 1_000_000_000L, 1);
    Producer producer = new Producer(generator, null, sink, -1, null);
    Thread loop = new Thread(producer);
    loop.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (producer.sent() < 1_000 && System.nanoTime() < deadline) Thread.sleep(5);
    producer.close();
    loop.join(TimeUnit.SECONDS.toMillis(60));
    assertThat(loop.isAlive()).isFalse();
    assertThat(sink.flushes).isEqualTo(1);
    assertThat(sink.closed).isTrue();
    assertThat(sink.quotes).hasSize((int) producer.sent()).hasSizeGreaterThanOrEqualTo(1_000);
  }

  @Test
  void shouldSplitTheCountOverThreadsAndQuoteEachShardsTickers() {
    java.util.concurrent.ConcurrentLinkedQueue<Quote> received =
        new java.util.concurrent.ConcurrentLinkedQueue<>();
    QuoteSink sink =
        new QuoteSink() {
          @Override
          public void send(Quote quote) {
            received.add(quote);
          }

          @Override
          public void deadLetter(com.tweetrade.model.DeadLetter letter) {
            throw new AssertionError(letter);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    List<QuoteGenerator> shards =
        List.of(
            generator(List.of("AAPL", "MSFT"), 1_000_000_000L, 1),
            generator(List.of("XOM"), 1_000_000_000L, 2));
    Producer producer = new Producer(shards, null, sink, 1_001, null);
    producer.run();
    assertThat(received).hasSize(1_001);
    assertThat(producer.sent()).isEqualTo(1_001);
    Map<String, Long> perTicker = new HashMap<>();
    for (Quote q : received) perTicker.merge(q.ticker(), 1L, Long::sum);
    assertThat(perTicker)
        .containsOnly(Map.entry("AAPL", 251L), Map.entry("MSFT", 250L), Map.entry("XOM", 500L));
  }

  @Test
  void shouldPrintProgressWithCountAndRate() {
    FakeClocks clocks = new FakeClocks();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ProgressReporter progress =
        new ProgressReporter(
            new PrintStream(out, true, StandardCharsets.UTF_8), clocks, 5_000 * MILLI);
    for (int i = 1; i <= 20_000; i++) {
      progress.sent(i, FakeClocks.WALL_START.toEpochMilli());
      clocks.advance(MILLI / 2); // 2,000 quotes/s
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed.lines()).hasSize(1);
    assertThat(printed)
        .contains("quotes sent: 10,001")
        .contains("rate: 2,000/s")
        .contains("2025-06-02T13:30:00Z");
  }

  static QuoteSimulatorCommand command(FakeClocks clocks, ListSink sink) {
    return new QuoteSimulatorCommand(
        Map.of(),
        props -> sink,
        clocks.wallClock(),
        clocks,
        new PrintStream(new ByteArrayOutputStream()));
  }
}
