package com.tweetrade.bench.job;

import com.tweetrade.job.rules.InputUpdate;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.rules.InputKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * For benchmarks: update number {@code i} of a deterministic stream of aggregates, as the analytics
 * emit them. Every pane (10 s of event time) carries, in this order, the 1m/5m/15m price aggregates
 * of every ticker, then the 1m/5m/15m sentiment aggregates of every keyword; prices and sentiment
 * move pseudo-randomly around fixed levels so that rules keep crossing their thresholds. Prices go
 * to the main output, sentiments to {@link #SENTIMENTS}.
 */
final class JobBenchUpdates extends ProcessFunction<Long, PriceAggregate> {
  static final OutputTag<SentimentAggregate> SENTIMENTS =
      new OutputTag<>(
          "bench-sentiments", com.tweetrade.job.analytics.ModelTypes.SENTIMENT_AGGREGATE);
  private static final String[] WINDOWS = {"1m", "5m", "15m"};

  private final List<String> tickers;
  private final List<String> keywords;

  JobBenchUpdates(List<String> tickers, List<String> keywords) {
    this.tickers = new ArrayList<>(tickers);
    this.keywords = new ArrayList<>(keywords);
  }

  int perPane() {
    return 3 * (tickers.size() + keywords.size());
  }

  /** The subject (ticker or keyword) of update {@code i}. */
  String subject(long i) {
    int j = (int) (i % perPane());
    return j < 3 * tickers.size() ? tickers.get(j / 3) : keywords.get((j - 3 * tickers.size()) / 3);
  }

  @Override
  public void processElement(Long i, Context ctx, Collector<PriceAggregate> out) {
    long pane = i / perPane();
    int j = (int) (i % perPane());
    long end = JobBenchFixtures.T0 + (pane + 1) * 10_000;
    String window = WINDOWS[j % 3];
    int wiggle = mix(j / 3, pane);
    if (j < 3 * tickers.size()) {
      long last = 9_800 + wiggle % 400;
      out.collect(
          new PriceAggregate(
              tickers.get(j / 3), window, end, 10_000, 10_000, last, last, last, 6, 600));
    } else {
      ctx.output(
          SENTIMENTS,
          new SentimentAggregate(
              subject(i), window, end, (wiggle % 200 - 100) / 100.0, 12, 0.5, 0.25));
    }
  }

  /** A cheap deterministic hash of (subject number, pane), non-negative. */
  static int mix(int subject, long pane) {
    long h = subject * 0x9E3779B97F4A7C15L + pane * 0xC2B2AE3D27D4EB4FL;
    h ^= h >>> 31;
    h *= 0xBF58476D1CE4E5B9L;
    return (int) ((h ^ (h >>> 29)) & 0x7fffffff);
  }

  /**
   * A price aggregate as a tick of its ticker, as if a quote at the window's last millisecond had
   * brought it (the bench feeds aggregates, not quotes; the rules are ON TICK, issue 14).
   */
  static InputUpdate priceUpdate(PriceAggregate a) {
    com.tweetrade.model.Window window = com.tweetrade.model.Window.fromLabel(a.window());
    double last = a.lastCents() / 100.0;
    double avg = a.avgCents() / 100.0;
    Map<String, Double> values = new java.util.HashMap<>(InputKeys.of(a));
    values.put(InputKeys.price(a.ticker()), last);
    values.put(InputKeys.change(a.ticker(), window), InputKeys.changePercent(last, avg));
    long time = a.windowEnd() - 1;
    return new InputUpdate(
        a.ticker(),
        time,
        values,
        false,
        false,
        "quote:" + a.ticker() + '@' + time + '#' + window.ordinal(),
        time);
  }

  /**
   * {@link #priceUpdate}, and for the tickers of {@code closing} also a close of their 1m window at
   * the end of the second pane (once the first pane's quotes gave every ticker a market): the one
   * update that reaches ON CLOSE rules, which ticks do not ({@link JobBenchRules#resting}).
   */
  static FlatMapFunction<PriceAggregate, InputUpdate> priceUpdates(Set<String> closing) {
    long secondPaneEnd = JobBenchFixtures.T0 + 20_000;
    return (a, out) -> {
      InputUpdate tick = priceUpdate(a);
      out.collect(tick);
      if (a.windowEnd() == secondPaneEnd
          && a.window().equals("1m")
          && closing.contains(a.ticker())) {
        out.collect(
            new InputUpdate(
                a.ticker(),
                tick.eventTime(),
                tick.values(),
                true,
                false,
                "close:" + a.ticker() + '@' + tick.eventTime(),
                tick.eventTime()));
      }
    };
  }

  /** A sentiment aggregate as a tick of its keyword. */
  static InputUpdate sentimentUpdate(SentimentAggregate a) {
    long time = a.windowEnd() - 1;
    return new InputUpdate(
        a.keyword(),
        time,
        new java.util.HashMap<>(InputKeys.of(a)),
        false,
        true,
        "tweet:" + a.keyword() + '@' + time + '#' + a.window(),
        time);
  }
}
