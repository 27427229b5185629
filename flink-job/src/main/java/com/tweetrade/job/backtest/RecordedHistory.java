package com.tweetrade.job.backtest;

import com.tweetrade.job.JobSettings;
import com.tweetrade.job.backtest.BacktestCommand.BadInput;
import com.tweetrade.job.rules.InputUpdate;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Window;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.tickers.TickerDirectory;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the live job stored, as a backtest replays it: the pane closes of the rules' subjects
 * ({@link RecordedCloses}) and, per ticker close, the quote its market price comes from.
 *
 * @param closes close updates, in event-time order
 * @param quotes one quote per ticker close with a price, in event-time order
 * @param settings the job over these windows (the family's pane, windows and price staleness)
 * @param partitions every partition read, {@code table/subject/window/day}
 */
public record RecordedHistory(
    List<InputUpdate> closes, List<Quote> quotes, JobSettings settings, List<String> partitions) {

  /** Every window some stored series can hold: the live job's and the StockNet import's. */
  public static final WindowSet WINDOWS =
      new WindowSet(
          "recorded history",
          List.of(
              Window.ONE_MINUTE,
              Window.FIVE_MINUTES,
              Window.FIFTEEN_MINUTES,
              Window.ONE_DAY,
              Window.FIVE_DAYS,
              Window.TWENTY_DAYS));

  /** The stored series come in two kinds, each with its own panes; a backtest reads one. */
  public enum Family {
    /** What the live job stores: 1m/5m/15m over 10 s panes, a price good for a minute. */
    LIVE(JobSettings.defaults(TickerDirectory.standard()), WindowSet.LIVE_STORED),
    /** What {@code backtest import stocknet} stores: 1d/5d/20d over day panes. */
    DAYS(StockNetHistory.jobSettings(), StockNetHistory.WINDOWS);

    private final JobSettings settings;

    /**
     * @param windows the windows stored (the live job computes 1h for rules but stores no 1h rows)
     */
    Family(JobSettings live, WindowSet windows) {
      this.settings = live.asReplay(windows);
    }

    /** The job over this family's windows, as a replay. */
    public JobSettings settings() {
      return settings;
    }

    List<Window> windows() {
      return settings.windows().windows();
    }

    Window longest() {
      return windows().get(windows().size() - 1);
    }

    /**
     * A ticker's windows to read besides the rules': the longest (every close, the last price) and
     * every one no longer than the price staleness (whether the price is fresh).
     */
    Set<Window> tickerWindows(Set<Window> ruleWindows) {
      Set<Window> read = new TreeSet<>(ruleWindows);
      read.add(longest());
      for (Window w : windows()) {
        if (w.length().compareTo(settings.priceStaleness()) <= 0) read.add(w);
      }
      return read;
    }

    /** A keyword's windows to read: the rules' and the longest (every close). */
    Set<Window> keywordWindows(Set<Window> ruleWindows) {
      Set<Window> read = new TreeSet<>(ruleWindows);
      read.add(longest());
      return read;
    }
  }

  /**
   * The recorded history the rules read, of the rules' family; rules that read prices only take the
   * live job's series, else the StockNet import's.
   */
  static RecordedHistory read(
      RecordedTables tables, RecordedRules rules, LocalDate from, LocalDate to) {
    if (rules.family() != null)
      return read(tables, rules.family(), rules.tickers(), rules.keywords(), from, to);
    try {
      return read(tables, Family.LIVE, rules.tickers(), rules.keywords(), from, to);
    } catch (BadInput noLiveData) {
      try {
        return read(tables, Family.DAYS, rules.tickers(), rules.keywords(), from, to);
      } catch (BadInput noDayData) {
        throw noLiveData;
      }
    }
  }

  /**
   * Reads the partitions of {@code tickers} and {@code keywords} (subject to the windows rules read
   * of it) for the days {@code from}..{@code to}; a subject without a row there is {@link
   * BadInput}.
   */
  static RecordedHistory read(
      RecordedTables tables,
      Family family,
      Map<String, Set<Window>> tickers,
      Map<String, Set<Window>> keywords,
      LocalDate from,
      LocalDate to) {
    long paneMillis = family.settings().pane().toMillis();
    long stalenessMillis = family.settings().priceStaleness().toMillis();
    long rangeEnd = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    List<InputUpdate> closes = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    for (Map.Entry<String, Set<Window>> t : tickers.entrySet()) {
      List<Window> read = List.copyOf(family.tickerWindows(t.getValue()));
      var rows = tables.prices(t.getKey(), read, from, to);
      if (rows.isEmpty()) throw noData("prices", t.getKey(), family, from, to);
      closes.addAll(
          RecordedCloses.ofTicker(
              t.getKey(), rows, read, paneMillis, stalenessMillis, rangeEnd, quotes));
    }
    for (Map.Entry<String, Set<Window>> k : keywords.entrySet()) {
      List<Window> read = List.copyOf(family.keywordWindows(k.getValue()));
      var rows = tables.sentiments(k.getKey(), read, from, to);
      if (rows.isEmpty()) throw noData("sentiment", '"' + k.getKey() + '"', family, from, to);
      closes.addAll(RecordedCloses.ofKeyword(k.getKey(), rows, read, paneMillis, rangeEnd));
    }
    closes.sort(
        Comparator.comparingLong(InputUpdate::eventTime).thenComparing(InputUpdate::subject));
    quotes.sort(Comparator.comparingLong(Quote::eventTime).thenComparing(Quote::ticker));
    return new RecordedHistory(closes, quotes, family.settings(), tables.partitionsRead());
  }

  /** The history the report and the job's quote input take: the quotes, no posts. */
  History history() {
    return new History(quotes, List.of(), settings);
  }

  private static BadInput noData(
      String what, String subject, Family family, LocalDate from, LocalDate to) {
    return new BadInput(
        "no recorded "
            + what
            + " for "
            + subject
            + " between "
            + from
            + " and "
            + to
            + " (windows "
            + family.windows().stream().map(Window::label).toList()
            + ")");
  }
}
