package com.tweetrade.model.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectRootTest {
  @TempDir Path dir;

  @Test
  void shouldWalkUpFromAModuleDirectoryToTheDirectoryWithSchemaCql() throws Exception {
    Files.writeString(dir.resolve("schema.cql"), "-- x");
    Path module = Files.createDirectories(dir.resolve("flink-job/src"));

    assertThat(ProjectRoot.find(module.toString(), null, Path.of("/")))
        .isEqualTo(dir.toAbsolutePath());
    assertThat(ProjectRoot.find(null, null, module)).isEqualTo(dir.toAbsolutePath());
  }

  @Test
  void shouldSayWhereItLookedWhenThereIsNoRoot() {
    assertThatThrownBy(() -> ProjectRoot.find(dir.toString(), "", dir))
        .hasMessageContaining("schema.cql")
        .hasMessageContaining(dir.toString());
  }
}
