package com.tweetrade.bench.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * For benchmarks: the machine's state next to the figures, and writing them to {@code
 * target/bench/}.
 */
final class JobBenchReport {
  private JobBenchReport() {}

  /**
   * Date, cores, heap and the load average (other processes share this machine), as report lines.
   */
  static String machine() {
    return String.join(
        "\n",
        "date: " + Instant.now(),
        "machine: "
            + Runtime.getRuntime().availableProcessors()
            + " cores, max heap "
            + Runtime.getRuntime().maxMemory() / (1 << 20)
            + " MiB, java "
            + System.getProperty("java.version"),
        "load average (1, 5, 15 min): " + loadAverage());
  }

  /** {@code /proc/loadavg}'s first three fields, or "n/a" off Linux. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  /** Writes {@code text} to {@code target/bench/<name>} and prints it. */
  static Path write(String name, String text) throws IOException {
    Path out = Path.of("target/bench", name);
    Files.createDirectories(out.getParent());
    Files.writeString(out, text);
    System.out.println(text);
    return out;
  }
}
