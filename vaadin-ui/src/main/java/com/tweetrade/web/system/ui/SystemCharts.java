package com.tweetrade.web.system.ui;

import com.tweetrade.web.base.ui.ChartParts;
import com.tweetrade.web.system.FlinkStatus;
import com.tweetrade.web.system.SystemSample;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** ECharts options and one-line summaries of the monitor's samples, for the System page. */
final class SystemCharts {
  static final List<String> FLOWS =
      List.of(
          SystemSample.QUOTES, SystemSample.TWEETS, SystemSample.TRADES, SystemSample.DEAD_LETTERS);

  private SystemCharts() {}

  /** Records per second of each flow over time. */
  static Map<String, Object> rates(List<SystemSample> samples) {
    List<Object> series = new ArrayList<>();
    for (String flow : FLOWS) series.add(line(flow, samples, s -> s.rates().get(flow)));
    return chart("records/s", series);
  }

  /** The job's consumer lag per topic over time, one line per topic it has committed on. */
  static Map<String, Object> lag(List<SystemSample> samples) {
    Set<String> topics = new LinkedHashSet<>();
    samples.forEach(s -> topics.addAll(s.lag().keySet()));
    List<Object> series = new ArrayList<>();
    for (String topic : topics) {
      series.add(line(topic, samples, s -> s.lag().containsKey(topic) ? s.lag().get(topic) : null));
    }
    return chart("consumer lag (records)", series);
  }

  /** Decision latency p50/p99 and the latest checkpoint's duration, in ms, over time. */
  static Map<String, Object> flink(List<SystemSample> samples) {
    return chart(
        "ms",
        List.of(
            line("decision p50", samples, s -> s.flink().decisionP50Ms()),
            line("decision p99", samples, s -> s.flink().decisionP99Ms()),
            line("checkpoint", samples, s -> s.flink().checkpointMs())));
  }

  static String ratesText(@Nullable SystemSample s) {
    if (s == null) return "Measuring…";
    if (s.kafkaProblem() != null) return s.kafkaProblem();
    if (s.rates().isEmpty()) return "Measuring… (a rate needs two samples)";
    return FLOWS.stream()
        .map(f -> f + " " + (s.rates().containsKey(f) ? format(s.rates().get(f)) + "/s" : "—"))
        .collect(Collectors.joining(" · "));
  }

  static String lagText(@Nullable SystemSample s, String group) {
    if (s == null || s.kafkaProblem() != null) return "";
    if (s.lag().isEmpty()) return "Consumer group " + group + " has committed no offsets.";
    return "Lag of "
        + group
        + ": "
        + s.lag().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(" · "));
  }

  static String flinkText(@Nullable SystemSample s) {
    if (s == null) return "";
    FlinkStatus f = s.flink();
    if (f.problem() != null) return f.problem();
    return "Job "
        + f.jobId()
        + ": decision p50 "
        + ms(f.decisionP50Ms())
        + " · p99 "
        + ms(f.decisionP99Ms())
        + " · last checkpoint "
        + ms(f.checkpointMs() == null ? null : f.checkpointMs().doubleValue());
  }

  private static String ms(@Nullable Double v) {
    return v == null ? "—" : String.format(Locale.ROOT, "%.0f ms", v);
  }

  private static String format(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static Map<String, Object> line(
      String name, List<SystemSample> samples, Function<SystemSample, @Nullable Number> value) {
    List<Object> data = new ArrayList<>();
    for (SystemSample s : samples) {
      Number v = value.apply(s);
      // A gap (null) where there was no value, rather than a misleading 0.
      data.add(List.of(s.at().toEpochMilli(), v == null ? "-" : v));
    }
    return ChartParts.line(name, data);
  }

  private static Map<String, Object> chart(String axis, List<Object> series) {
    Map<String, Object> option =
        ChartParts.timeChart(
            Map.of("top", 0), Map.of("left", 60, "right", 20, "top", 40, "bottom", 30));
    option.put("yAxis", Map.of("type", "value", "name", axis, "min", 0));
    option.put("series", series);
    return option;
  }
}
