package com.tweetrade.tweets;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.settings.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TweetIngestorCommandTest {
  @Test
  void shouldPrintHelpWithEveryFlag() {
    StringWriter out = new StringWriter();
    CommandLine cmd = new CommandLine(new TweetIngestorCommand()).setOut(new PrintWriter(out));
    assertThat(cmd.execute("--help")).isZero();
    assertThat(out.toString())
        .contains(
            "--source",
            "--speed",
            "--loop",
            "--retime",
            "--count",
            "--track",
            "--twitter-config",
            "--sentiment",
            "--rate",
            "--seed",
            "--dead-letter-topic",
            "TWEETRADE_KAFKA_BOOTSTRAP",
            "bluesky",
            "--endpoint",
            "--lang",
            "--all",
            "Jetstream");
  }

  @Test
  void shouldTakeKafkaFromTheFlagElseTheSettingsFile(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve("conf"));
    Files.writeString(root.resolve(Settings.FILE), "kafka.bootstrap=file-kafka:9192\n");
    TweetIngestorCommand fromFile = new TweetIngestorCommand();
    fromFile.settings = Settings.of(root, Map.of());
    new CommandLine(fromFile).parseArgs("--source", "synthetic");
    TweetIngestorCommand fromFlag = new TweetIngestorCommand();
    fromFlag.settings = fromFile.settings;
    new CommandLine(fromFlag).parseArgs("--kafka", "flag:1");

    assertThat(fromFile.bootstrap()).isEqualTo("file-kafka:9192");
    assertThat(fromFlag.bootstrap()).isEqualTo("flag:1");
  }

  @Test
  void shouldStillTakeTheOldBootstrapFlagWithAWarning() {
    StringWriter warnings = new StringWriter();
    TweetIngestorCommand old = new TweetIngestorCommand();
    new CommandLine(old).setErr(new PrintWriter(warnings)).parseArgs("--bootstrap", "old:1");
    assertThat(old.bootstrap()).isEqualTo("old:1");
    assertThat(warnings.toString()).contains("--bootstrap is deprecated", "use --kafka");
  }

  @Test
  void shouldRejectBadBlueskyFlagsWithAPlainReason() {
    assertThat(refused("--source", "bluesky", "--endpoint", "http://example.com/subscribe"))
        .contains("--endpoint must be a ws:// or wss:// URL");
    assertThat(refused("--source", "bluesky", "--lang", "english!"))
        .contains("--lang takes a language code");
    assertThat(refused("--source", "bluesky", "--ignore-rules"))
        .contains("--ignore-rules needs --track terms");
    assertThat(refused("--source", "mastodon")).contains("--source");
  }

  private static String refused(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new TweetIngestorCommand()).setErr(new PrintWriter(err));
    String[] all =
        java.util.stream.Stream.concat(
                java.util.Arrays.stream(args), java.util.stream.Stream.of("--kafka", "127.0.0.1:1"))
            .toArray(String[]::new);
    assertThat(cmd.execute(all)).isEqualTo(2);
    return err.toString();
  }

  @Test
  void shouldRejectABadSpeedBeforeConnectingAnywhere() {
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new TweetIngestorCommand()).setErr(new PrintWriter(err));
    assertThat(cmd.execute("--speed", "fast", "--kafka", "127.0.0.1:1")).isEqualTo(2);
    assertThat(err.toString()).contains("speed must be 'original', 'max' or a positive factor");
  }
}
