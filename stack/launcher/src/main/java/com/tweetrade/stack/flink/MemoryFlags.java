package com.tweetrade.stack.flink;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The memory flags of a JobManager or TaskManager, as {@code BashJavaUtils} prints them for Flink's
 * shell scripts: a line of JVM options ({@code -Xmx -Xms -XX:MaxDirectMemorySize
 * -XX:MaxMetaspaceSize}) and a line of {@code -D} options with the derived memory sizes. The
 * TaskManager refuses to start without the latter.
 *
 * @param jvmArgs options for the java command line
 * @param dynamicProperties {@code -D key=value} pairs for the entry point's arguments
 */
record MemoryFlags(List<String> jvmArgs, List<String> dynamicProperties) {
  /** Prefix of the result lines; everything else BashJavaUtils prints is logging. */
  static final String RESULT_PREFIX = "BASH_JAVA_UTILS_EXEC_RESULT:";

  /**
   * Parses BashJavaUtils' output. Like {@code config.sh}'s {@code extractExecutionResults}, it
   * takes the last two result lines: JVM options first, dynamic properties second.
   */
  public static MemoryFlags parse(String output) {
    List<String> results = new ArrayList<>();
    for (String line : output.split("\\R")) {
      if (line.startsWith(RESULT_PREFIX))
        results.add(line.substring(RESULT_PREFIX.length()).trim());
    }
    if (results.size() < 2) {
      throw new IllegalStateException(
          "BashJavaUtils printed "
              + results.size()
              + " result lines instead of 2; its output was:\n"
              + output);
    }
    return new MemoryFlags(
        words(results.get(results.size() - 2)), words(results.get(results.size() - 1)));
  }

  private static List<String> words(String line) {
    return line.isBlank() ? List.of() : Arrays.asList(line.trim().split("\\s+"));
  }
}
