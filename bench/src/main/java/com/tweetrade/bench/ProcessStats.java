package com.tweetrade.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time and resident memory of a process, and the load average, from Linux {@code /proc}; -1
 * where not readable.
 *
 * <p>CPU is utime+stime in clock ticks (100 per second on Linux), so the difference of two readings
 * divided by the elapsed seconds and 100 is the number of cores the process kept busy.
 */
public final class ProcessStats {
  private static final double TICKS_PER_SECOND = 100.0;

  private ProcessStats() {}

  /** CPU seconds used so far by {@code pid}. */
  public static double cpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      // Fields after the ")" that closes the command name: state is field 3, utime 14, stime 15.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /**
   * The 1, 5 and 15 minute load averages from {@code /proc/loadavg}, e.g. {@code 2.10 1.85 1.40};
   * "n/a".
   */
  public static String loadAverage() {
    try {
      return loadAverage(Files.readString(Path.of("/proc/loadavg")));
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  /** The first three fields of a {@code /proc/loadavg} line. */
  static String loadAverage(String procLoadavg) {
    String[] f = procLoadavg.trim().split("\\s+");
    if (f.length < 3) return "n/a";
    return f[0] + " " + f[1] + " " + f[2];
  }

  /** Resident set size of {@code pid} in MiB. */
  public static double rssMib(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
