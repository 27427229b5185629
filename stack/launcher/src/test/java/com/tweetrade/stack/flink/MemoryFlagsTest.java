package com.tweetrade.stack.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MemoryFlagsTest {
  /**
   * Shape of BashJavaUtils GET_TM_RESOURCE_PARAMS output: log lines, then two result lines (a
   * trailing backslash continues a line).
   */
  private static final String TM_OUTPUT =
      """
      INFO  [] - Loading configuration property: taskmanager.numberOfTaskSlots, 2
      INFO  [] - The derived from fraction jvm overhead memory (172.800mb (181193935 bytes)) \
      is less than its min value 192.000mb (201326592 bytes), min value will be used instead
      BASH_JAVA_UTILS_EXEC_RESULT:-Xmx536870902 -Xms536870902 -XX:MaxDirectMemorySize=268435458 \
      -XX:MaxMetaspaceSize=268435456
      BASH_JAVA_UTILS_EXEC_RESULT:-D taskmanager.memory.network.min=134217730b \
      -D taskmanager.cpu.cores=2.0 -D taskmanager.memory.task.off-heap.size=0b
      """;

  @Test
  void shouldSplitJvmOptionsAndDynamicProperties() {
    MemoryFlags flags = MemoryFlags.parse(TM_OUTPUT);
    assertThat(flags.jvmArgs())
        .containsExactly(
            "-Xmx536870902",
            "-Xms536870902",
            "-XX:MaxDirectMemorySize=268435458",
            "-XX:MaxMetaspaceSize=268435456");
    assertThat(flags.dynamicProperties())
        .containsExactly(
            "-D",
            "taskmanager.memory.network.min=134217730b",
            "-D",
            "taskmanager.cpu.cores=2.0",
            "-D",
            "taskmanager.memory.task.off-heap.size=0b");
  }

  @Test
  void shouldTakeTheLastTwoResultLinesLikeFlinksScripts() {
    MemoryFlags flags = MemoryFlags.parse("BASH_JAVA_UTILS_EXEC_RESULT:-Xmx1\n" + TM_OUTPUT);
    assertThat(flags.jvmArgs()).first().isEqualTo("-Xmx536870902");
  }

  @Test
  void shouldFailWithTheOutputWhenResultsAreMissing() {
    assertThatThrownBy(() -> MemoryFlags.parse("Exception in thread main: bad config\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bad config");
  }
}
