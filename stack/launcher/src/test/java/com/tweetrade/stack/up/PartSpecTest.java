package com.tweetrade.stack.up;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void shouldReadAPartWithPlaceholdersAndFlinkOpens() {
    Properties p = new Properties();
    p.setProperty("name", "flink-job");
    p.setProperty("order", "30");
    p.setProperty("main", "com.tweetrade.job.TradingJob");
    p.setProperty("args", "--conf ${root}/flink-conf --kafka ${kafka} --label \"two words\"");
    p.setProperty("jvmArgs", "-Xmx1g -Dstate=${home}/state");
    p.setProperty("flinkOpens", "true");
    p.setProperty("url", "http://127.0.0.1:8081");

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
  void shouldRequireNameAndMain() {
    Properties p = new Properties();
    p.setProperty("main", "x.Y");

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

  private void writePart(String module, String text) throws Exception {
    Files.createDirectories(root.resolve(module));
    Files.writeString(root.resolve(module).resolve(PartSpec.FILE_NAME), text);
  }
}
