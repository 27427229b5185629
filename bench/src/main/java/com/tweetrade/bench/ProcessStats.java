package com.tweetrade.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time and resident memory of a process from Linux {@code /proc}; -1 where not readable.
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
