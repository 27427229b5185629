package com.tweetrade.stack.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlinkClusterSettingsTest {
  private final FlinkClusterSettings settings =
      new FlinkClusterSettings(
          Path.of("/r"),
          Path.of("/h/flink"),
          Path.of("/h/logs"),
          18081,
          16123,
          2,
          3,
          Duration.ofSeconds(60),
          Map.of());

  @Test
  void shouldBindEverythingToLoopbackWithTheChosenPorts() {
    Map<String, String> o = settings.overrides();
    assertThat(o)
        .containsEntry("rest.port", "18081")
        .containsEntry("jobmanager.rpc.port", "16123")
        .containsEntry("rest.bind-address", "127.0.0.1")
        .containsEntry("rest.address", "127.0.0.1")
        .containsEntry("jobmanager.rpc.address", "127.0.0.1")
        .containsEntry("jobmanager.bind-host", "127.0.0.1")
        .containsEntry("taskmanager.host", "127.0.0.1")
        .containsEntry("taskmanager.bind-host", "127.0.0.1")
        .containsEntry("taskmanager.numberOfTaskSlots", "3");
    assertThat(settings.restUrl()).isEqualTo("http://127.0.0.1:18081");
  }

  @Test
  void shouldKeepStateAndUploadsUnderTheFlinkHome() {
    Map<String, String> o = settings.overrides();
    assertThat(o)
        .containsEntry("state.savepoints.dir", "file:///h/flink/savepoints")
        .containsEntry("state.checkpoints.dir", "file:///h/flink/checkpoints")
        .containsEntry("execution.checkpointing.savepoint-dir", "file:///h/flink/savepoints")
        .containsEntry("execution.checkpointing.dir", "file:///h/flink/checkpoints")
        .containsEntry("io.tmp.dirs", "/h/flink/tmp")
        .containsEntry("web.upload.dir", "/h/flink/web");
    assertThat(settings.confDir()).isEqualTo(Path.of("/h/flink/conf"));
  }

  @Test
  void shouldApplyExtraConfigLast() {
    FlinkClusterSettings more =
        settings.withExtraConfig(Map.of("rest.port", "1", "taskmanager.memory.process.size", "1g"));
    assertThat(more.overrides())
        .containsEntry("rest.port", "1")
        .containsEntry("taskmanager.memory.process.size", "1g");
  }

  @Test
  void shouldPassOverridesAsDynamicProperties() {
    assertThat(FlinkClusterSettings.dynamicProperties(Map.of("a.b", "c d")))
        .containsExactly("-D", "a.b=c d");
    assertThat(settings.overrideArgs())
        .hasSize(2 * settings.overrides().size())
        .contains("rest.port=18081");
  }

  @Test
  void shouldRefuseAClusterWithoutTaskManagersOrSlots() {
    assertThatThrownBy(() -> settings.withTaskManagers(0, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> settings.withTaskManagers(1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
