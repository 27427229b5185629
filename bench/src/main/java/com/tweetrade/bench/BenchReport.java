package com.tweetrade.bench;

import com.tweetrade.model.rules.Timing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Writes a bench result as {@code report.md} (tables) and {@code chart.html} (inline SVG, no
 * scripts).
 */
public final class BenchReport {
  private BenchReport() {}

  public static void write(BenchResult r, Path dir, String machine) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("report.md"), markdown(r, machine));
    Files.writeString(dir.resolve("chart.html"), html(r));
  }

  static String markdown(BenchResult r, String machine) {
    BenchSettings s = r.settings();
    LatencyBook.Summary l = r.latency();
    StringBuilder md = new StringBuilder("# TweeTrade bench " + Instant.now() + "\n\n");
    md.append(machine).append("\n\n## Settings\n\n| setting | value |\n| --- | --- |\n");
    row(md, "quotes/s produced while running", s.quotesPerSecond());
    row(md, "tweets/s produced while running", s.tweetsPerSecond());
    row(md, "prefill quotes", s.prefillQuotes());
    row(md, "rules", s.rules() + " (BenchRules.latency)");
    row(md, "rule timing", "ON " + s.timing());
    row(md, "orders per user and minute (the job's limit for this run)", s.maxOrdersPerMinute());
    row(md, "duration of the measured period", s.duration());
    row(md, "clock", s.historicalClock() ? "historical (seeded)" : "realtime");
    row(md, "seed", s.seed());
    row(md, "checkpoint interval (ms)", s.checkpointMs());
    row(md, "parallelism / partitions", s.parallelism() + " / " + s.partitions());

    md.append("\n## Latency from the input that decided each trade\n\n```\n")
        .append(l.decisionLine())
        .append('\n')
        .append(l.visibleLine())
        .append('\n')
        .append(l.measuredLine())
        .append('\n')
        .append(l.withoutTriggerLine())
        .append('\n')
        .append(l.outsideLine())
        .append("\n```\n\n");
    notes(md, s);
    md.append("| measure | value |\n| --- | --- |\n");
    row(
        md,
        "decision latency: trade record timestamp (CreateTime, set by the job's sink) - trigger's "
            + "LogAppendTime, ms",
        spread(l.decision()));
    row(
        md,
        "visible latency: read_committed receipt - trigger's LogAppendTime, ms",
        spread(l.visible()));
    if (s.timing() == Timing.TICK) row(md, "goals (ON TICK)", goals(l, s.checkpointMs()));
    row(
        md,
        "checkpoint interval (ms; trades become visible when a checkpoint completes)",
        s.checkpointMs());
    row(md, "load average (1, 5, 15 min) at the start of the measured period", r.loadAtStart());
    row(md, "load average (1, 5, 15 min) at the end of the measured period", r.loadAtEnd());
    row(md, "trades received in all (job start to the end of the drain)", l.received());
    row(
        md,
        "first rejection reason among the measured trades",
        l.rejectedExample().isEmpty() ? "none" : l.rejectedExample());
    row(
        md,
        "event-to-trade, emitted: trade record timestamp - the trade's event time, ms (trades"
            + " received in the measured period)",
        s.historicalClock() ? "n/a: historical clock" : spread(l.eventToEmitted()));
    row(
        md,
        "event-to-trade, visible: read_committed receipt - the trade's event time, ms",
        s.historicalClock() ? "n/a: historical clock" : spread(l.eventToVisible()));

    md.append("\n## Throughput\n\n| measure | value |\n| --- | --- |\n");
    row(
        md,
        "job start-up: submission to first committed checkpoint (s, not measured below)",
        fmt(r.startupSeconds()));
    row(
        md,
        "then catching up with what was produced during the start-up (s, not measured below; 0 with"
            + " a prefill)",
        fmt(r.catchUpSeconds()));
    row(
        md,
        "quotes committed by the job before the measurement (the plain consumer starts at 0 then)",
        r.committedBeforeMeasuring());
    row(md, "quotes produced (all)", r.produced());
    row(
        md,
        "job: sustained quotes/s (committed offsets over the measured period)",
        fmt(r.jobQuotesPerSecond()));
    row(md, "plain KafkaConsumer: quotes/s (same topic, same time)", fmt(r.rawQuotesPerSecond()));
    row(
        md,
        "ratio job / plain consumer",
        r.rawQuotesPerSecond() > 0 ? fmt(r.jobQuotesPerSecond() / r.rawQuotesPerSecond()) : "n/a");
    row(md, "job: best 5-second quotes/s", fmt(r.jobPeakQuotesPerSecond()));
    row(md, "plain KafkaConsumer: best 5-second quotes/s", fmt(r.rawPeakQuotesPerSecond()));
    row(
        md,
        "ratio of the best 5-second rates (job / plain consumer)",
        r.rawPeakQuotesPerSecond() > 0
            ? fmt(r.jobPeakQuotesPerSecond() / r.rawPeakQuotesPerSecond())
            : "n/a");
    row(md, "trades visible (read_committed) during the measured period", r.trades());
    List<Sample> ss = r.samples();
    row(
        md,
        "bench JVM CPU (cores, mean over the run)",
        fmt(ss.stream().mapToDouble(Sample::benchCores).average().orElse(0)));
    row(
        md,
        "bench JVM RSS max (MiB)",
        fmt(ss.stream().mapToDouble(Sample::benchRssMib).max().orElse(-1)));
    row(
        md,
        "Kafka RSS max (MiB, -1: not started by the bench)",
        fmt(ss.stream().mapToDouble(Sample::kafkaRssMib).max().orElse(-1)));
    row(
        md,
        "Cassandra RSS max (MiB, -1: not started by the bench)",
        fmt(ss.stream().mapToDouble(Sample::cassandraRssMib).max().orElse(-1)));
    md.append(
        "\n"
            + "## Per second (counts since the measurement started; latency of the measured trades"
            + " received in that second, -1: none)\n\n"
            + "| s | produced | job committed | plain consumer | trades | decision p50 ms |"
            + " decision p99 ms | visible p99 ms | bench cores | bench RSS MiB |\n"
            + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (Sample x : ss) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %d | %d | %d | %d | %d | %d | %d | %d | %.2f | %.0f |%n",
              x.second(),
              x.produced(),
              x.jobQuotes(),
              x.rawQuotes(),
              x.trades(),
              x.decisionP50Ms(),
              x.decisionP99Ms(),
              x.visibleP99Ms(),
              x.benchCores(),
              x.benchRssMib()));
    }
    return md.toString();
  }

  private static void notes(StringBuilder md, BenchSettings s) {
    if (s.timing() == Timing.CLOSE) {
      md.append(
          "ON CLOSE: a closed pane, not one input, decides each trade (`close:` triggers), so"
              + " decision and visible latency have no measured trade; the event-to-trade rows"
              + " below measure this mode.\n\n");
    }
    if (s.prefillQuotes() > 0) {
      md.append(
          "With a prefill the measured inputs queue behind the backlog: the latency includes that"
              + " wait. Measure latency without --prefill.\n\n");
    }
  }

  /**
   * The goals for ON TICK: decision p50 <= 20 ms and p99 <= 100 ms, visible p99 <=
   * checkpoint + 500 ms.
   */
  static String goals(LatencyBook.Summary l, long checkpointMs) {
    if (l.measured() == 0) return "n/a: no measured trade";
    long visibleGoal = checkpointMs + 500;
    return "decision p50 "
        + l.decision().at(50)
        + " <= 20 ms: "
        + yesNo(l.decision().at(50) <= 20)
        + "; decision p99 "
        + l.decision().at(99)
        + " <= 100 ms: "
        + yesNo(l.decision().at(99) <= 100)
        + "; visible p99 "
        + l.visible().at(99)
        + " <= "
        + visibleGoal
        + " ms (checkpoint + 500): "
        + yesNo(l.visible().at(99) <= visibleGoal);
  }

  private static String yesNo(boolean met) {
    return met ? "met" : "missed";
  }

  private static String spread(Percentiles p) {
    if (p.count() == 0) return "n/a (no trade)";
    return "p50 "
        + p.at(50)
        + ", p90 "
        + p.at(90)
        + ", p99 "
        + p.at(99)
        + ", p99.9 "
        + p.at(99.9)
        + ", max "
        + p.at(100)
        + " (n="
        + p.count()
        + ")";
  }

  private static void row(StringBuilder md, String k, Object v) {
    md.append("| ").append(k).append(" | ").append(v).append(" |\n");
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }

  static String html(BenchResult r) {
    List<Sample> ss = r.samples();
    StringBuilder h =
        new StringBuilder(
            "<!doctype html><meta charset=utf-8><title>TweeTrade bench</title>"
                + "<body style='font-family:sans-serif'><h1>TweeTrade bench</h1>");
    h.append("<h2>Quotes per second (difference of cumulative counts)</h2>");
    h.append(
        svg(
            ss,
            List.of(
                new Series("job (committed offsets)", "#1f77b4", rate(ss, Sample::jobQuotes)),
                new Series("plain consumer", "#ff7f0e", rate(ss, Sample::rawQuotes)),
                new Series("produced", "#2ca02c", rate(ss, Sample::produced)))));
    h.append("<h2>Decision latency of the measured trades received in each second (ms)</h2>");
    h.append(
        svg(
            ss,
            List.of(
                new Series(
                    "p50", "#1f77b4", ss.stream().mapToDouble(Sample::decisionP50Ms).toArray()),
                new Series(
                    "p99", "#d62728", ss.stream().mapToDouble(Sample::decisionP99Ms).toArray()))));
    h.append("<h2>Visible latency of the same trades (ms)</h2>");
    h.append(
        svg(
            ss,
            List.of(
                new Series(
                    "p99", "#d62728", ss.stream().mapToDouble(Sample::visibleP99Ms).toArray()))));
    return h.append(
            "<p>x axis: seconds since the measured period started. Latency values of -1 (drawn at"
                + " 0) mean \"no measured trade was received in that second\".</p></body>")
        .toString();
  }

  private static double[] rate(List<Sample> ss, ToDoubleFunction<Sample> cumulative) {
    double[] out = new double[ss.size()];
    double prev = 0;
    for (int i = 0; i < ss.size(); i++) {
      double v = cumulative.applyAsDouble(ss.get(i));
      out[i] = v - prev;
      prev = v;
    }
    return out;
  }

  private record Series(String name, String color, double[] values) {}

  private static String svg(List<Sample> ss, List<Series> series) {
    int w = 900;
    int hgt = 300;
    int pad = 50;
    double max = 1;
    for (Series s : series) for (double v : s.values()) max = Math.max(max, v);
    int n = Math.max(2, ss.size());
    StringBuilder g =
        new StringBuilder(
            "<svg xmlns='http://www.w3.org/2000/svg' width='"
                + w
                + "' height='"
                + (hgt + 40)
                + "'>");
    g.append(
        String.format(
            Locale.ROOT,
            "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#000'/>",
            pad,
            hgt,
            w,
            hgt));
    g.append(
        String.format(
            Locale.ROOT, "<line x1='%d' y1='0' x2='%d' y2='%d' stroke='#000'/>", pad, pad, hgt));
    g.append(String.format(Locale.ROOT, "<text x='2' y='12' font-size='11'>%.0f</text>", max));
    g.append(
        String.format(
            Locale.ROOT,
            "<text x='%d' y='%d' font-size='11'>%d s</text>",
            w - 40,
            hgt + 15,
            ss.size()));
    int legend = pad + 10;
    for (Series s : series) {
      StringBuilder pts = new StringBuilder();
      for (int i = 0; i < s.values().length; i++) {
        double x = pad + (w - pad) * i / (double) (n - 1);
        double y = hgt - Math.max(0, s.values()[i]) / max * (hgt - 10);
        pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      }
      g.append("<polyline fill='none' stroke='")
          .append(s.color())
          .append("' points='")
          .append(pts)
          .append("'/>");
      g.append(
          String.format(
              Locale.ROOT,
              "<text x='%d' y='%d' font-size='12' fill='%s'>%s</text>",
              legend,
              hgt + 32,
              s.color(),
              s.name()));
      legend += 200;
    }
    return g.append("</svg>").toString();
  }
}
