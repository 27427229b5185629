package com.tweetrade.stack.up;

import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.stack.StackSettings;
import com.tweetrade.stack.junit.UpJvm;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line {@link UpJvm} builds is one that {@code up} reads as the test meant it. */
class UpJvmTest {
  @Test
  void shouldGiveUpEachPortUnderItsOwnFlag() {
    Path root = Path.of("target", "up-jvm-test").toAbsolutePath();
    List<String> command =
        UpJvm.builder("cp", root, List.of(1001, 1002, 1003, 1004, 1005), 7, root, "--fresh")
            .command();

    int main = command.indexOf(UpCommand.class.getName());
    assertThat(main).as("up's main class in " + command).isPositive();
    UpCommand up = new UpCommand();
    new CommandLine(up).parseArgs(command.subList(main + 1, command.size()).toArray(String[]::new));
    StackSettings settings = up.options.settings(up.root);

    assertThat(up.root).isEqualTo(root);
    assertThat(settings.kafkaPort()).isEqualTo(1001);
    assertThat(settings.kafkaControllerPort()).isEqualTo(1002);
    assertThat(settings.cqlPort()).isEqualTo(1003);
    assertThat(settings.cassandraStoragePort()).isEqualTo(1004);
    assertThat(settings.cassandraJmxPort()).isEqualTo(1005);
    assertThat(up.statusEverySeconds).isEqualTo(7);
    assertThat(up.fresh).isTrue();
  }
}
