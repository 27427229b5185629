package com.tweetrade.tweets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TweetIngestorCommandTest {
  @Test
  void shouldPrintHelpWithEveryFlag() {
    StringWriter out = new StringWriter();
    CommandLine cmd = new CommandLine(new TweetIngestorCommand()).setOut(new PrintWriter(out));
    assertThat(cmd.execute("--help")).isZero();
    assertThat(out.toString()).contains("--source", "--speed", "--loop", "--retime", "--count", "--track",
        "--twitter-config", "--sentiment", "--rate", "--seed", "--dead-letter-topic", "TWEETRADE_KAFKA_BOOTSTRAP");
  }

  @Test
  void shouldRejectABadSpeedBeforeConnectingAnywhere() {
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new TweetIngestorCommand()).setErr(new PrintWriter(err));
    assertThat(cmd.execute("--speed", "fast", "--bootstrap", "127.0.0.1:1")).isEqualTo(2);
    assertThat(err.toString()).contains("speed must be 'original', 'max' or a positive factor");
  }
}
