package com.tweetrade.sentiment.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs this module's JMH benchmarks and writes {@code jmh-result.json}, {@code jmh-output.txt} and
 * {@code summary.txt} (texts per second) into the directory given as first argument; the rest are JMH flags.
 * Then writes {@code cpu-time.txt}: texts per CPU-second, ours (VADER and finance) and the port
 * (see {@link CpuTimeThroughput}).
 */
public final class BenchmarkRunner {

  private BenchmarkRunner() {}

  /** The first three fields of /proc/loadavg, or "unknown" where there is none. */
  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (Exception e) {
      return "unknown";
    }
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    String loadBefore = loadAverage();
    CommandLineOptions cli = new CommandLineOptions(Arrays.copyOfRange(args, 1, args.length));
    OptionsBuilder options = new OptionsBuilder();
    options.parent(cli);
    if (cli.getIncludes().isEmpty()) {
      options.include("com\\.tweetrade\\.sentiment\\.bench\\..*");
    }
    options.resultFormat(ResultFormatType.JSON)
        .result(out.resolve("jmh-result.json").toString())
        .output(out.resolve("jmh-output.txt").toString());
    Collection<RunResult> results = new Runner(options.build()).run();
    List<String> lines = new ArrayList<>();
    lines.add("# texts/s on one thread; JMH " + String.join(" ", Arrays.copyOfRange(args, 1, args.length)));
    // Two cores are shared with other builds: the figures mean little without the load they were taken at.
    lines.add("# load average (1/5/15 min) before: " + loadBefore + "; after: " + loadAverage());
    for (RunResult r : results) {
      var primary = r.getPrimaryResult();
      String params = r.getParams().getParamsKeys().stream()
          .map(k -> k + "=" + r.getParams().getParam(k)).reduce("", (a, b) -> a + " " + b);
      lines.add(String.format("%-60s %12.0f ± %10.0f %s", r.getParams().getBenchmark() + params,
          primary.getScore(), primary.getScoreError(), primary.getScoreUnit()));
    }
    Files.write(out.resolve("summary.txt"), lines);
    lines.forEach(System.out::println);
    String cpuLoadBefore = loadAverage();
    String cpu = CpuTimeThroughput.measure(5)
        + "# load average (1/5/15 min) before: " + cpuLoadBefore + "; after: " + loadAverage() + "\n";
    Files.writeString(out.resolve("cpu-time.txt"), cpu);
    System.out.print(cpu);
  }
}
