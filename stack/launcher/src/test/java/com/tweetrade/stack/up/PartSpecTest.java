package com.tweetrade.stack.up;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartSpecTest {
  @TempDir Path root;

  @Test
  void shouldReadAPartWithPlaceholdersAndFlinkOpens() throws Exception {
    Properties p =
        properties(
            """
            name=flink-job
            order=30
            main=com.tweetrade.job.TradingJob
            args=--conf ${root}/flink-conf --kafka ${kafka} --label "two words"
            jvmArgs=-Xmx1g -Dstate=${home}/state
            flinkOpens=true
            url=http://127.0.0.1:8081
            """);

    PartSpec part = PartSpec.parse(root.resolve("flink-job"), p);
    Map<String, String> values =
        Map.of("root", "/r", "home", "/r/var", "kafka", "127.0.0.1:9092", "cql", "x");

    assertThat(part.order()).isEqualTo(30);
    assertThat(part.resolvedArgs(values))
        .containsExactly(
            "--conf", "/r/flink-conf", "--kafka", "127.0.0.1:9092", "--label", "two words");
    assertThat(part.resolvedJvmArgs(values))
        .startsWith(FlinkJvmOptions.asArgs().toArray(String[]::new))
        .endsWith("-Xmx1g", "-Dstate=/r/var/state");
    assertThat(part.classpathFile()).isEqualTo(root.resolve("flink-job/target/classpath.txt"));
  }

  @Test
  void shouldRequireNameAndMain() throws Exception {
    Properties p = properties("main=x.Y");

    assertThatThrownBy(() -> PartSpec.parse(root.resolve("m"), p))
        .hasMessageContaining("'name' is required")
        .hasMessageContaining(PartSpec.FILE_NAME);
  }

  @Test
  void shouldFindPartsOfAllModulesInStartOrder() throws Exception {
    writePart("vaadin-ui", "name=web-ui\norder=40\nmain=a.Ui\n");
    writePart("quote-simulator", "name=quote-simulator\norder=20\nmain=a.Quotes\n");
    writePart("tweet-ingestor", "name=tweet-ingestor\nmain=a.Tweets\n");
    Files.createDirectories(root.resolve("model"));

    List<PartSpec> parts = PartSpec.scan(root);

    assertThat(parts)
        .extracting(PartSpec::name)
        .containsExactly("quote-simulator", "web-ui", "tweet-ingestor");
    assertThat(parts.get(2).order()).isEqualTo(PartSpec.DEFAULT_ORDER);
  }

  @Test
  void shouldSplitLikeAShell() {
    assertThat(PartSpec.split("  a 'b c'  \"d\"e  ")).containsExactly("a", "b c", "de");
    assertThat(PartSpec.split("")).isEmpty();
    assertThatThrownBy(() -> PartSpec.split("a 'b")).hasMessageContaining("Unclosed quote");
  }

  /** A part's properties as they stand in its file. */
  private static Properties properties(String text) throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(text));
    return p;
  }

  private void writePart(String module, String text) throws Exception {
    Files.createDirectories(root.resolve(module));
    Files.writeString(root.resolve(module).resolve(PartSpec.FILE_NAME), text);
  }
}
