package com.tweetrade.job.backtest;

import com.tweetrade.job.analytics.PriceInputsFunction;
import com.tweetrade.job.analytics.SentimentInputsFunction;
import com.tweetrade.job.functions.PriceStats;
import com.tweetrade.job.functions.SentimentStats;
import com.tweetrade.job.rules.InputUpdate;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Window;
import com.tweetrade.model.rules.InputKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * The pane closes the live job's rule inputs emitted ({@code LiveWindowsFunction}), rebuilt from
 * the windows it stored: at a pane boundary the stored row of a window holds exactly the statistics
 * the close used, so the rows become those statistics again and the job's own {@code
 * putWindowValues} turns them into the same values.
 *
 * <p>Like the live close: a window without a row has no data (NaN, a count of 0); the subject
 * closes at every boundary where its longest window holds an event, and once more at the next
 * boundary, where every window says "no data". (Live, a subject whose own events alone move the
 * watermark, e.g. the only keyword of a tweets partition, can go on closing with "no data" through
 * a quiet spell longer than its longest window, as its next event is in before the watermark passes
 * the spell; only a rule that fires on "no data" with an {@code EVERY} policy could trade there.)
 *
 * <p>Not stored, so approximated: a ticker's newest quote time (price freshness) is taken as the
 * start of its shortest window that holds a quote. The windows read for a ticker include every
 * window up to the price staleness bound, so a rule sees the price fresh or stale exactly when it
 * was live. The market price of an order is the close's last price, as a quote just before the
 * boundary: the same as live for a rule that reads the ticker it trades; a rule that does not read
 * it was filled live at whatever quote had arrived (a race), and here at the close's last price. A
 * keyword's newest mention is taken as the pane boundary (read only once its value is not of the
 * evaluation time, i.e. after its final "no data" close, where it is none). The finance model's
 * {@code fsentiment} is not stored: recorded backtests refuse rules that read it.
 */
final class RecordedCloses {
  private RecordedCloses() {}

  /**
   * The closes of {@code ticker} and, per close with a fresh price, the quote the market price is
   * taken from (added to {@code quotes}).
   *
   * @param rows window end to the stored windows at that end (the longest always among them)
   * @param read the windows read, shortest first
   * @param rangeEnd the last window end read (later ones were not)
   */
  static List<InputUpdate> ofTicker(
      String ticker,
      NavigableMap<Long, Map<Window, PriceStats>> rows,
      List<Window> read,
      long paneMillis,
      long stalenessMillis,
      long rangeEnd,
      List<Quote> quotes) {
    List<InputUpdate> closes = new ArrayList<>();
    for (Map.Entry<Long, Map<Window, PriceStats>> row : rows.entrySet()) {
      long end = row.getKey();
      Map<String, Double> values = new HashMap<>();
      long newest = Long.MIN_VALUE;
      PriceStats any = null;
      for (Window w : read) {
        PriceStats stats = row.getValue().get(w);
        if (stats == null) stats = new PriceStats();
        else if (any == null) {
          any = stats;
          newest = end - w.length().toMillis();
        }
        PriceInputsFunction.putWindowValues(ticker, w, stats, values);
      }
      if (any == null) continue;
      closes.add(close(ticker, end, values, false, newest));
      // The market price of orders at this close: a quote just before the boundary, so no later
      // close's quote comes before it; none when the price is stale, as live it was too old.
      if (newest >= end - stalenessMillis)
        quotes.add(new Quote(ticker, any.last, 1, any.last, any.last, end - 1));
      finalClose(ticker, false, rows, end, read, paneMillis, rangeEnd, closes);
    }
    return closes;
  }

  /** The closes of {@code keyword}; see {@link #ofTicker} for the parameters. */
  static List<InputUpdate> ofKeyword(
      String keyword,
      NavigableMap<Long, Map<Window, SentimentStats>> rows,
      List<Window> read,
      long paneMillis,
      long rangeEnd) {
    List<InputUpdate> closes = new ArrayList<>();
    for (Map.Entry<Long, Map<Window, SentimentStats>> row : rows.entrySet()) {
      long end = row.getKey();
      Map<String, Double> values = new HashMap<>();
      for (Window w : read) {
        SentimentStats stats = row.getValue().get(w);
        SentimentInputsFunction.putWindowValues(
            keyword, w, stats == null ? new SentimentStats() : stats, values);
        values.remove(InputKind.FSENTIMENT.key(keyword, w));
      }
      closes.add(close(keyword, end, values, true, end - 1));
      finalClose(keyword, true, rows, end, read, paneMillis, rangeEnd, closes);
    }
    return closes;
  }

  /** The "no data" close after the last boundary of a run, if that boundary was read. */
  private static void finalClose(
      String subject,
      boolean keyword,
      NavigableMap<Long, ?> rows,
      long end,
      List<Window> read,
      long paneMillis,
      long rangeEnd,
      List<InputUpdate> closes) {
    long next = end + paneMillis;
    if (rows.containsKey(next) || next > rangeEnd) return;
    Map<String, Double> values = new HashMap<>();
    for (Window w : read) {
      if (keyword) {
        SentimentInputsFunction.putWindowValues(subject, w, new SentimentStats(), values);
        values.remove(InputKind.FSENTIMENT.key(subject, w));
      } else {
        PriceInputsFunction.putWindowValues(subject, w, new PriceStats(), values);
      }
    }
    closes.add(close(subject, next, values, keyword, Long.MIN_VALUE));
  }

  private static InputUpdate close(
      String subject, long end, Map<String, Double> values, boolean keyword, long newest) {
    return new InputUpdate(
        subject, end, values, true, keyword, "close:" + subject + '@' + end, newest);
  }

  /** A stored price row as the statistics it was computed from (sums recovered exactly). */
  static PriceStats priceStats(
      double avgCents, double vwapCents, long min, long max, long last, long quotes, long volume) {
    PriceStats s = new PriceStats();
    s.count = quotes;
    s.volume = volume;
    // avg = sum / count in double: the sum (an exact long far below 2^53) comes back by rounding.
    s.sumPrice = Math.round(avgCents * quotes);
    s.sumPriceVolume = Math.round(vwapCents * volume);
    s.min = min;
    s.max = max;
    s.last = last;
    return s;
  }

  /** A stored sentiment row as the statistics it was computed from (sums recovered exactly). */
  static SentimentStats sentimentStats(
      double meanCompound, long tweets, double sharePositive, double shareNegative) {
    SentimentStats s = new SentimentStats();
    s.count = tweets;
    s.sumCompoundUnits = Math.round(meanCompound * tweets * SentimentStats.UNITS_PER_ONE);
    s.positive = Math.round(sharePositive * tweets);
    s.negative = Math.round(shareNegative * tweets);
    return s;
  }
}
