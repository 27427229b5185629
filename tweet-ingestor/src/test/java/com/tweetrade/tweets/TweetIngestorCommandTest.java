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
        "--twitter-config", "--sentiment", "--rate", "--seed", "--dead-letter-topic", "TWEETRADE_KAFKA_BOOTSTRAP",
        "bluesky", "--endpoint", "--lang", "--all", "Jetstream");
  }

  @Test
  void shouldRejectBadBlueskyFlagsWithAPlainReason() {
    assertThat(refused("--source", "bluesky", "--endpoint", "http://example.com/subscribe"))
        .contains("--endpoint must be a ws:// or wss:// URL");
    assertThat(refused("--source", "bluesky", "--lang", "english!")).contains("--lang takes a language code");
    assertThat(refused("--source", "bluesky", "--ignore-rules")).contains("--ignore-rules needs --track terms");
    assertThat(refused("--source", "mastodon")).contains("--source");
  }

  private static String refused(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new TweetIngestorCommand()).setErr(new PrintWriter(err));
    String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--bootstrap", "127.0.0.1:1"))
        .toArray(String[]::new);
    assertThat(cmd.execute(all)).isEqualTo(2);
    return err.toString();
  }

  @Test
  void shouldRejectABadSpeedBeforeConnectingAnywhere() {
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new TweetIngestorCommand()).setErr(new PrintWriter(err));
    assertThat(cmd.execute("--speed", "fast", "--bootstrap", "127.0.0.1:1")).isEqualTo(2);
    assertThat(err.toString()).contains("speed must be 'original', 'max' or a positive factor");
  }
}
