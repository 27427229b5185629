package com.tweetrade.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.settings.Settings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command's flags and refusals, before it connects to anything. */
class NotifierCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> env, String... args) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    NotifierCommand command =
        new NotifierCommand(
            Settings.of(Path.of("."), new Properties(), env),
            new PrintStream(printed, true, StandardCharsets.UTF_8));
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void shouldListEveryFlagInItsHelp() {
    assertThat(run(Map.of(), "--help")).isZero();
    assertThat(out.toString())
        .contains(
            "--kafka",
            "--cql",
            "--credentials",
            "--keyspace",
            "--topic",
            "--group",
            "--allow-private-webhooks",
            "TWEETRADE_ALLOW_PRIVATE_WEBHOOKS",
            "--max-attempts",
            "--backoff",
            "--max-backoff",
            "--timeout",
            "--workers");
  }

  @Test
  void shouldRefuseNonsenseWithOneMessage() {
    assertThat(run(Map.of(), "--max-attempts", "0")).isEqualTo(2);
    assertThat(err.toString()).startsWith("max attempts must be at least 1");
  }

  @Test
  void shouldRefuseAnAllowPrivateSettingThatIsNeitherTrueNorFalse() {
    assertThat(run(Map.of("TWEETRADE_ALLOW_PRIVATE_WEBHOOKS", "maybe"))).isEqualTo(2);
    assertThat(err.toString())
        .startsWith(
            "TWEETRADE_ALLOW_PRIVATE_WEBHOOKS / webhooks.allow-private must be true or false, was"
                + " 'maybe'");
  }
}
