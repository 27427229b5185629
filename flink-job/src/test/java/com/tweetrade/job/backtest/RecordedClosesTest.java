package com.tweetrade.job.backtest;

import static com.tweetrade.job.Fixtures.T0;
import static com.tweetrade.job.Fixtures.quote;
import static org.assertj.core.api.Assertions.assertThat;

import com.tweetrade.job.AggregateOracle;
import com.tweetrade.job.AggregateOracle.Mention;
import com.tweetrade.job.analytics.KeywordMention;
import com.tweetrade.job.analytics.LiveWindowsFunction;
import com.tweetrade.job.analytics.PaneWindows;
import com.tweetrade.job.analytics.PriceInputsFunction;
import com.tweetrade.job.analytics.RuleInputsHarness;
import com.tweetrade.job.analytics.SentimentInputsFunction;
import com.tweetrade.job.functions.PriceStats;
import com.tweetrade.job.functions.SentimentStats;
import com.tweetrade.job.rules.InputUpdate;
import com.tweetrade.job.rules.RulesStart;
import com.tweetrade.model.PriceAggregate;
import com.tweetrade.model.Quote;
import com.tweetrade.model.SentimentAggregate;
import com.tweetrade.model.Window;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.rules.InputKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import org.apache.flink.api.java.functions.KeySelector;
import org.junit.jupiter.api.Test;

/**
 * The closes rebuilt from stored rows are the live rule inputs' closes: the live function ({@link
 * PriceInputsFunction}, {@link SentimentInputsFunction}) runs over seeded random events with the
 * watermark 5 s behind them, the stored rows of the same events are computed the obvious way
 * ({@link AggregateOracle}), and {@link RecordedCloses} gives the same updates from those rows:
 * same times, same values bit for bit, the same freshness verdict.
 */
class RecordedClosesTest {
  private static final long PANE = 10_000;
  private static final long STALENESS = 60_000;
  private static final List<Window> LIVE = WindowSet.LIVE_STORED.windows();

  @Test
  void shouldRebuildThePriceClosesOfTheLiveRuleInputs() throws Exception {
    List<Quote> quotes = new ArrayList<>();
    Random random = new Random(7);
    long t = T0 + 1_234;
    long cents = 10_000;
    // Bursts of quotes, quiet minutes (a stale price) and a quiet half hour (the closes stop).
    for (int i = 0; i < 400; i++) {
      cents = Math.max(100, cents + random.nextInt(41) - 20);
      quotes.add(quote("TSLA", cents, 1 + random.nextInt(50), t));
      int gap = random.nextInt(20);
      t += gap < 15 ? 1 + random.nextInt(4_000) : gap < 19 ? 70_000 : 1_800_000;
    }
    List<InputUpdate> live =
        live(
            new PriceInputsFunction(panes(), null, start()),
            Quote::ticker,
            quotes,
            quotes.stream().map(Quote::eventTime).toList());

    NavigableMap<Long, Map<Window, PriceStats>> rows = new TreeMap<>();
    for (PriceAggregate a : AggregateOracle.prices(quotes, T0, t + 3_600_000, PANE)) {
      rows.computeIfAbsent(a.windowEnd(), e -> new HashMap<>())
          .put(
              Window.fromLabel(a.window()),
              RecordedCloses.priceStats(
                  a.avgCents(),
                  a.vwapCents(),
                  a.minCents(),
                  a.maxCents(),
                  a.lastCents(),
                  a.count(),
                  a.volume()));
    }
    List<Quote> prices = new ArrayList<>();
    List<InputUpdate> recorded =
        RecordedCloses.ofTicker("TSLA", rows, LIVE, PANE, STALENESS, Long.MAX_VALUE, prices);

    assertThat(live).hasSizeGreaterThan(1_000);
    assertSame(recorded, live);
    // A quote per fresh close, at the close's last price, just before the boundary.
    assertThat(prices)
        .hasSize(
            (int) live.stream().filter(u -> fresh(u.newestEventTime(), u.eventTime())).count());
    assertThat(prices).allSatisfy(q -> assertThat(q.eventTime() % PANE).isEqualTo(PANE - 1));
  }

  @Test
  void shouldRebuildTheSentimentClosesOfTheLiveRuleInputs() throws Exception {
    List<KeywordMention> mentions = new ArrayList<>();
    List<Mention> stored = new ArrayList<>();
    List<Long> times = new ArrayList<>();
    Random random = new Random(11);
    long t = T0 + 567;
    for (int i = 0; i < 300; i++) {
      double compound = (random.nextInt(20_001) - 10_000) / 10_000.0;
      mentions.add(new KeywordMention("$TSLA", compound, 0, i));
      stored.add(new Mention("$TSLA", compound, t));
      times.add(t);
      int gap = random.nextInt(20);
      t += gap < 16 ? 1 + random.nextInt(6_000) : gap < 19 ? 200_000 : 1_800_000;
    }
    List<InputUpdate> live =
        live(
            new SentimentInputsFunction(panes(), null, start()),
            KeywordMention::keyword,
            mentions,
            times);

    NavigableMap<Long, Map<Window, SentimentStats>> rows = new TreeMap<>();
    for (SentimentAggregate a : AggregateOracle.sentiments(stored, T0, t + 3_600_000, PANE)) {
      rows.computeIfAbsent(a.windowEnd(), e -> new HashMap<>())
          .put(
              Window.fromLabel(a.window()),
              RecordedCloses.sentimentStats(
                  a.meanCompound(), a.count(), a.sharePositive(), a.shareNegative()));
    }
    List<InputUpdate> recorded =
        RecordedCloses.ofKeyword("$TSLA", rows, LIVE, PANE, Long.MAX_VALUE);

    // fsentiment is not stored: the recorded closes leave it out.
    for (InputUpdate u : live) {
      for (Window w : LIVE) u.values().remove(InputKind.FSENTIMENT.key("$TSLA", w));
    }
    assertThat(live).hasSizeGreaterThan(1_000);
    assertSame(recorded, live);
  }

  /** Same boundaries, values and trigger ids; the newest event time gives the same verdict. */
  private static void assertSame(List<InputUpdate> recorded, List<InputUpdate> live) {
    assertThat(recorded)
        .extracting(InputUpdate::eventTime)
        .containsExactlyElementsOf(live.stream().map(InputUpdate::eventTime).toList());
    for (int i = 0; i < live.size(); i++) {
      InputUpdate r = recorded.get(i);
      InputUpdate l = live.get(i);
      assertThat(r.values()).as("values at %d", l.eventTime()).isEqualTo(l.values());
      assertThat(r.trigger()).isEqualTo(l.trigger());
      assertThat(r.closed()).isTrue();
      assertThat(r.keyword()).isEqualTo(l.keyword());
      assertThat(r.newestEventTime() == Long.MIN_VALUE)
          .as("no data at %d", l.eventTime())
          .isEqualTo(l.newestEventTime() == Long.MIN_VALUE);
      if (!l.keyword()) {
        assertThat(fresh(r.newestEventTime(), r.eventTime()))
            .as("price fresh at %d", l.eventTime())
            .isEqualTo(fresh(l.newestEventTime(), l.eventTime()));
      }
    }
  }

  private static boolean fresh(long newest, long now) {
    return newest != Long.MIN_VALUE && newest >= now - STALENESS;
  }

  private static PaneWindows panes() {
    return new PaneWindows(Duration.ofMillis(PANE), WindowSet.LIVE_STORED);
  }

  /** Before the rules' catch-up marker every update leaves (no rule filters them). */
  private static RulesStart start() {
    return RulesStart.AFTER_CATCH_UP;
  }

  /**
   * The closes the live function emits over {@code events} at {@code times}, the watermark 5 s
   * behind each event before it comes (in the job, other subjects' events move it on while this one
   * is quiet), then at the end of time.
   */
  private static <E> List<InputUpdate> live(
      LiveWindowsFunction<E, ?> function,
      KeySelector<E, String> key,
      List<E> events,
      List<Long> times)
      throws Exception {
    var h = RuleInputsHarness.open(function, key);
    try {
      for (int i = 0; i < events.size(); i++) {
        h.processWatermark(times.get(i) - 5_001);
        h.processElement(events.get(i), times.get(i));
      }
      h.processWatermark(Long.MAX_VALUE);
      return h.extractOutputValues().stream().filter(InputUpdate::closed).toList();
    } finally {
      h.close();
    }
  }
}
