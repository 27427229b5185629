package com.tweetrade.stack.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tweetrade.model.settings.Settings;
import com.tweetrade.stack.Ports;
import com.tweetrade.stack.StackSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClusterCommandTest {
  @TempDir Path root;

  @Test
  void shouldPickTheNewestShadedJobJar() throws Exception {
    Path target = Files.createDirectories(root.resolve("flink-job/target"));
    Path old = Files.writeString(target.resolve("flink-job-0.0.9.jar"), "x");
    Files.writeString(target.resolve("original-flink-job-0.1.0-SNAPSHOT.jar"), "x");
    Path fresh = Files.writeString(target.resolve("flink-job-0.1.0-SNAPSHOT.jar"), "x");
    old.toFile().setLastModified(fresh.toFile().lastModified() - 60_000);
    assertThat(FlinkClusterSettings.defaultJobJar(root)).isEqualTo(fresh);
  }

  @Test
  void shouldSayHowToBuildTheJarWhenThereIsNone() {
    assertThatThrownBy(() -> FlinkClusterSettings.defaultJobJar(root))
        .hasMessageContaining("mvn -B package");
  }

  @Test
  void shouldAddTheStackAddressesUnlessGiven() {
    StackSettings stack = StackSettings.randomPorts(root);
    List<String> added = SubmitCommand.withStackAddresses(List.of("--pane", "5s"), stack);
    assertThat(added.subList(added.size() - 2, added.size())).containsExactly("--pane", "5s");
    assertThat(added).contains("--kafka", "--cql");
    List<String> given = List.of("--kafka", "h:1", "--cql=h:2");
    assertThat(SubmitCommand.withStackAddresses(given, stack)).isEqualTo(given);
  }

  @Test
  void shouldPassTheSettingsFilesAddressesOverTheLocalStacks(@TempDir Path project)
      throws Exception {
    java.nio.file.Files.createDirectories(project.resolve("conf"));
    java.nio.file.Files.writeString(
        project.resolve(Settings.FILE), "kafka.bootstrap=file-kafka:9192\n");
    StackSettings stack = StackSettings.randomPorts(root);

    List<String> added =
        SubmitCommand.withStackAddresses(List.of(), stack, Settings.of(project, Map.of()));

    assertThat(added).containsExactly("--kafka", "file-kafka:9192", "--cql", stack.cqlHostPort());
    List<String> old = List.of("--bootstrap", "h:1", "--cql", "h:2");
    assertThat(SubmitCommand.withStackAddresses(old, stack, Settings.of(project, Map.of())))
        .isEqualTo(old);
  }

  @Test
  void shouldListEverySubcommandInItsHelp() {
    StringWriter text = new StringWriter();
    CommandLine line = new CommandLine(new ClusterCommand()).setOut(new PrintWriter(text));
    assertThat(line.execute("--help")).isZero();
    assertThat(text.toString()).contains("start", "submit", "savepoint", "list", "cancel", "stop");
  }

  @Test
  void shouldReportAnUnreachableClusterInOneLineWithExitCodeOne() {
    String rest = "http://127.0.0.1:" + Ports.freePorts(1).get(0);
    StringWriter err = new StringWriter();
    CommandLine line = new CommandLine(new ClusterCommand()).setErr(new PrintWriter(err));
    assertThat(line.execute("--rest", rest, "list")).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("tweetrade cluster list: Flink REST GET /overview at " + rest + " failed")
        .hasLineCount(1);
  }

  @Test
  void shouldTakeJobArgumentsAfterDoubleDash() {
    SubmitCommand submit = new SubmitCommand();
    new CommandLine(submit)
        .parseArgs("--parallelism", "3", "--from-savepoint", "file:/sp", "--", "--pane", "5s");
    assertThat(submit.parallelism).isEqualTo(3);
    assertThat(submit.fromSavepoint).isEqualTo("file:/sp");
    assertThat(submit.jobArgs).containsExactly("--pane", "5s");
  }
}
