package com.tweetrade.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.model.Topics;
import com.tweetrade.model.settings.Settings;
import com.tweetrade.stack.junit.UpPartArgs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * What {@code bin/tweetrade up} starts, from this module's real {@code tweetrade-part.properties}:
 * the notifier with its defaults (3 s, 5 attempts from 1 s, private addresses refused).
 */
class UpPartTest {
  @Test
  void shouldStartWithTheDocumentedDefaults() {
    List<String> args = UpPartArgs.of("notifier", false, Map.of(), null, null);
    List<String> liveArgs = UpPartArgs.of("notifier", true, Map.of(), null, null);
    assertThat(args).isEmpty();
    assertThat(liveArgs).isEmpty();

    NotifierCommand command =
        new NotifierCommand(
            Settings.of(Path.of("."), new Properties(), Map.of()),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    new CommandLine(command).parseArgs(args.toArray(String[]::new));
    assertThat(command.topic).isEqualTo(Topics.ALERTS);
    assertThat(command.group).isEqualTo("tweetrade-notifier");
    assertThat(command.allowPrivateWebhooks).isFalse();
    assertThat(command.maxAttempts).isEqualTo(5);
    assertThat(command.backoffMillis).isEqualTo(1000);
    assertThat(command.timeoutMillis).isEqualTo(3000);
  }
}
