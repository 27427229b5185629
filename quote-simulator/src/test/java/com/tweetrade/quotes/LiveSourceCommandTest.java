package com.tweetrade.quotes;

import static com.tweetrade.quotes.live.FeedMessages.ALPACA_AUTH_FAILED;
import static com.tweetrade.quotes.live.FeedMessages.ALPACA_CONNECTED;
import static com.tweetrade.quotes.live.FeedMessages.T0;
import static com.tweetrade.quotes.live.FeedMessages.alpaca;
import static com.tweetrade.quotes.live.FeedMessages.finnhubTrade;
import static com.tweetrade.quotes.live.FeedMessages.finnhubTrades;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.Quote;
import com.tweetrade.quotes.live.FakeFeedServer;
import com.tweetrade.quotes.live.FakeFeedServer.End;
import com.tweetrade.quotes.live.FakeFeedServer.Script;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code simulate-quotes --source finnhub|alpaca}: flags, refusals, and credentials kept out of
 * every output.
 */
class LiveSourceCommandTest {
  private static final String TOKEN = "fh-Sekr3t-t0ken";
  private static final String KEY = "PKSECRETKEYID";
  private static final String SECRET = "alpaca-Sekr3t";

  private final ListSink sink = new ListSink();
  private final StringWriter errors = new StringWriter();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  /**
   * Runs the command in this JVM with its own stderr, picocli's error writer and the log captured.
   */
  private int run(Map<String, String> env, String... args) {
    FakeClocks clocks = new FakeClocks();
    QuoteSimulatorCommand command =
        new QuoteSimulatorCommand(
            env,
            props -> sink,
            java.time.Clock.systemUTC(),
            clocks,
            new PrintStream(stderr, true, StandardCharsets.UTF_8));
    PrintStream systemErr = System.err;
    System.setErr(
        new PrintStream(log, true, StandardCharsets.UTF_8)); // log4j's console follows System.err
    try {
      return new CommandLine(command).setErr(new PrintWriter(errors)).execute(args);
    } finally {
      System.setErr(systemErr);
    }
  }

  /** Runs {@code --source finnhub} for AAPL at {@code endpoint}, with the token set. */
  private int runFinnhub(String endpoint, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of("--source", "finnhub", "--endpoint", endpoint, "--tickers", "AAPL"));
    args.addAll(List.of(more));
    return run(Map.of("FINNHUB_TOKEN", TOKEN), args.toArray(String[]::new));
  }

  private String everything() {
    return errors + stderr.toString(StandardCharsets.UTF_8) + log.toString(StandardCharsets.UTF_8);
  }

  @Test
  void shouldListTheLiveFlagsAndCredentialVariablesInHelp() {
    assertThat(QuoteSimulatorCommandTest.help())
        .contains(
            "--source",
            "--endpoint",
            "--rules-topic",
            "--dead-letter-topic",
            "FINNHUB_TOKEN",
            "APCA_API_KEY_ID",
            "APCA_API_SECRET_KEY",
            "~50 symbols",
            "30 symbols");
  }

  @Test
  void shouldRefuseBadLiveFlagsWithExitTwo() {
    assertThat(run(Map.of(), "--source", "finnhub")).isEqualTo(2);
    assertThat(errors.toString()).contains("FINNHUB_TOKEN");
    assertThat(
            run(
                Map.of("APCA_API_KEY_ID", KEY, "APCA_API_SECRET_KEY", SECRET),
                "--source",
                "alpaca",
                "--tickers",
                "stocknet"))
        .isEqualTo(2);
    assertThat(errors.toString())
        .contains("alpaca's free plan takes at most 30 symbols per connection; --tickers names 88");
    assertThat(
            run(
                Map.of("FINNHUB_TOKEN", TOKEN),
                "--source",
                "finnhub",
                "--seed",
                "1",
                "--rate",
                "5"))
        .isEqualTo(2);
    assertThat(errors.toString()).contains("[--seed, --rate] apply to the simulator only");
    assertThat(run(Map.of(), "--endpoint", "ws://127.0.0.1:1/")).isEqualTo(2);
    assertThat(errors.toString()).contains("--endpoint needs --source finnhub or alpaca");
    assertThat(run(Map.of("FINNHUB_TOKEN", TOKEN), "--source", "finnhub", "--endpoint", "http://x"))
        .isEqualTo(2);
    assertThat(everything()).doesNotContain(TOKEN, KEY, SECRET);
  }

  @Test
  void shouldQuoteAndNeverShowTheToken() throws Exception {
    Script play =
        new Script().await("AAPL").send(finnhubTrades(finnhubTrade("AAPL", "189.62", T0, "100")));
    try (FakeFeedServer server = new FakeFeedServer(play)) {
      int code = runFinnhub(server.endpoint("/"), "--count", "1");
      assertThat(code).as(everything()).isZero();
      assertThat(sink.quotes).containsExactly(new Quote("AAPL", 18962, 100, 18962, 18962, T0));
      assertThat(server.connections.get(0).request().getQuery()).isEqualTo("token=" + TOKEN);
    }
    assertThat(everything()).contains("token=***").doesNotContain(TOKEN);
  }

  @Test
  void shouldStopWithExitOneWhenFinnhubRefusesTheToken() throws Exception {
    try (ServerSocket refusing = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread answer = new Thread(() -> answer401(refusing), "refusing-feed");
      answer.start();
      int code = runFinnhub("ws://127.0.0.1:" + refusing.getLocalPort() + "/");
      assertThat(code).as(everything()).isEqualTo(1);
    }
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .contains("finnhub refused the connection with HTTP 401: check the credentials");
    assertThat(everything()).doesNotContain(TOKEN);
  }

  @Test
  void shouldStopWithExitOneWhenAlpacaRefusesTheKey() throws Exception {
    Script play =
        new Script()
            .send(alpaca(ALPACA_CONNECTED))
            .await("auth")
            .send(alpaca(ALPACA_AUTH_FAILED))
            .end(End.CLOSE);
    try (FakeFeedServer server = new FakeFeedServer(play)) {
      int code =
          run(
              Map.of("APCA_API_KEY_ID", KEY, "APCA_API_SECRET_KEY", SECRET),
              "--source",
              "alpaca",
              "--endpoint",
              server.endpoint("/v2/iex"),
              "--tickers",
              "AAPL,MSFT");
      assertThat(code).as(everything()).isEqualTo(1);
      assertThat(server.connections.get(0).received().get(0)).contains(KEY, SECRET);
    }
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .contains("alpaca refused us: 402 auth failed");
    assertThat(everything()).doesNotContain(KEY, SECRET);
  }

  /** Answers one WebSocket handshake as Finnhub answers a bad token. */
  private static void answer401(ServerSocket server) {
    try (Socket s = server.accept()) {
      InputStream in = s.getInputStream();
      int matched = 0;
      while (matched < 4) { // read the request up to its blank line
        int b = in.read();
        if (b < 0) return;
        matched =
            (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
      }
      s.getOutputStream()
          .write(
              "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      // the test sees the command's exit code
    }
  }
}
