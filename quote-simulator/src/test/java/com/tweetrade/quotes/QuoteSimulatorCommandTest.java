package com.tweetrade.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.Quote;
import com.tweetrade.model.settings.Settings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class QuoteSimulatorCommandTest {
  private final FakeClocks clocks = new FakeClocks();
  private final ListSink sink = new ListSink();
  private final AtomicReference<Properties> producerConfig = new AtomicReference<>();
  private final StringWriter errors = new StringWriter();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  private int run(Map<String, String> env, String... args) {
    return new CommandLine(command(Settings.load(env)))
        .setErr(new PrintWriter(errors))
        .execute(args);
  }

  /** The command with this test's clocks, sink and stderr; its producer config is kept. */
  private QuoteSimulatorCommand command(Settings settings) {
    return new QuoteSimulatorCommand(
        settings,
        props -> {
          producerConfig.set(props);
          return sink;
        },
        clocks.wallClock(),
        clocks,
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  /** The command's --help text (and that --help exits 0). */
  static String help() {
    StringWriter out = new StringWriter();
    int code =
        new CommandLine(new QuoteSimulatorCommand()).setOut(new PrintWriter(out)).execute("--help");
    assertThat(code).isZero();
    return out.toString();
  }

  @Test
  void shouldDescribeEveryOptionInHelp() {
    assertThat(help())
        .contains(
            "--kafka",
            "--topic",
            "--tickers",
            "--seed",
            "--count",
            "--rate-factor",
            "--rate",
            "--clock",
            "--start",
            "--scenario",
            "--scenario-file",
            "TWEETRADE_KAFKA_BOOTSTRAP");
  }

  @Test
  void shouldRunHistoricalClockFromStartOneSecondPerTickerUnthrottled() {
    int code =
        run(
            Map.of(),
            "--clock",
            "historical",
            "--start",
            "2015-03-02T14:30:00Z",
            "--tickers",
            "tsla,AAPL,xom",
            "--count",
            "9",
            "--seed",
            "3");
    assertThat(code).isZero();
    long start = Instant.parse("2015-03-02T14:30:00Z").toEpochMilli();
    assertThat(sink.quotes)
        .extracting(Quote::ticker)
        .containsExactly("AAPL", "TSLA", "XOM", "AAPL", "TSLA", "XOM", "AAPL", "TSLA", "XOM");
    assertThat(sink.quotes)
        .extracting(q -> q.eventTime() - start)
        .containsExactly(0L, 333L, 666L, 1000L, 1333L, 1666L, 2000L, 2333L, 2666L);
    assertThat(clocks.nanoTime()).isEqualTo(new FakeClocks().nanoTime()); // never slept
    assertThat(sink.closed).isTrue();
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .contains("seed 3", "historical", "unthrottled", "quotes sent: 9");
  }

  @Test
  void shouldTakeBootstrapFromFlagThenEnvironmentThenDefault() {
    run(Map.of("TWEETRADE_KAFKA_BOOTSTRAP", "10.0.0.1:9093"), "--count", "1", "--tickers", "AAPL");
    assertThat(producerConfig.get().get("bootstrap.servers")).isEqualTo("10.0.0.1:9093");
    run(
        Map.of("TWEETRADE_KAFKA_BOOTSTRAP", "10.0.0.1:9093"),
        "--count",
        "1",
        "--tickers",
        "AAPL",
        "--kafka",
        "h:1");
    assertThat(producerConfig.get().get("bootstrap.servers")).isEqualTo("h:1");
    run(Map.of(), "--count", "1", "--tickers", "AAPL", "-X", "acks=1");
    assertThat(producerConfig.get().get("bootstrap.servers")).isEqualTo("127.0.0.1:9092");
    assertThat(producerConfig.get().get("acks")).isEqualTo("1");
    assertThat(producerConfig.get().get("compression.type")).isEqualTo("lz4");
  }

  @Test
  void shouldTakeBootstrapFromTheSettingsFileWhenNoFlagOrVariableSetsIt(@TempDir Path root)
      throws Exception {
    Files.createDirectories(root.resolve("conf"));
    Files.writeString(root.resolve(Settings.FILE), "kafka.bootstrap=file-kafka:9192\n");
    QuoteSimulatorCommand command = command(Settings.of(root, Map.of()));
    assertThat(new CommandLine(command).execute("--count", "1", "--tickers", "AAPL")).isZero();
    assertThat(producerConfig.get().get("bootstrap.servers")).isEqualTo("file-kafka:9192");
  }

  @Test
  void shouldStillTakeTheOldBootstrapFlagWithAWarning() {
    run(Map.of(), "--count", "1", "--tickers", "AAPL", "--bootstrap", "old:1");
    assertThat(producerConfig.get().get("bootstrap.servers")).isEqualTo("old:1");
    assertThat(errors.toString()).contains("--bootstrap is deprecated", "use --kafka");
  }

  @Test
  void shouldPaceTheRequestedTotalRate() {
    run(Map.of(), "--tickers", "stocknet", "--rate", "10", "--count", "101", "--seed", "1");
    assertThat(sink.quotes).hasSize(101);
    long span = sink.quotes.get(100).eventTime() - sink.quotes.get(0).eventTime();
    assertThat(span).isBetween(9_990L, 10_000L); // 100 intervals of 100 ms
  }

  @Test
  void shouldReadTickersAndScenariosFromFiles(@TempDir Path dir) throws Exception {
    Path tickers = Files.writeString(dir.resolve("tickers.txt"), "# mine\nZZZZ\nTSLA\n");
    Path scenarios = Files.writeString(dir.resolve("dip.txt"), "ZZZZ +10% at +0s\n");
    int code =
        run(
            Map.of(),
            "--tickers",
            tickers.toString(),
            "--scenario-file",
            scenarios.toString(),
            "--clock",
            "historical",
            "--count",
            "2",
            "--seed",
            "9");
    assertThat(code).isZero();
    assertThat(sink.quotes).extracting(Quote::ticker).containsExactly("TSLA", "ZZZZ");
    long unscripted = Math.round(TickerProfiles.synthetic("ZZZZ").startPrice() * 100);
    assertThat(sink.quotes.get(1).priceCents()).isEqualTo(Math.round(unscripted * 1.1));
  }

  @Test
  void shouldRefuseUnknownTickersAndScenariosForTickersNotQuoted() {
    assertThat(run(Map.of(), "--tickers", "AAPL,NOSUCHX", "--count", "1")).isEqualTo(2);
    assertThat(errors.toString()).contains("unknown tickers [NOSUCHX]");
    assertThat(run(Map.of(), "--tickers", "AAPL", "--scenario", "TSLA -5% at +1s", "--count", "1"))
        .isEqualTo(2);
    assertThat(errors.toString()).contains("not among the quoted tickers");
    assertThat(run(Map.of(), "--start", "2015-01-01T00:00:00Z", "--count", "1")).isEqualTo(2);
    assertThat(errors.toString()).contains("--start needs --clock historical");
    assertThat(sink.quotes).isEmpty();
  }
}
