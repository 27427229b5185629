package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.SentimentStats;
import com.tweetrade.job.rules.RulesStart;
import com.tweetrade.model.Window;
import com.tweetrade.model.rules.InputKind;
import com.tweetrade.model.tickers.TickerDirectory;
import java.util.Map;

/**
 * A keyword's rule inputs on every mention and at every pane close: per window {@code sentiment}
 * (mean compound), {@code volume} (mentions), {@code positive} and {@code negative} (shares), as
 * the stored sentiment aggregates define them, and {@code fsentiment} (the finance model's mean
 * compound, a rule input only: the stored aggregates stay VADER). A window without mentions has
 * volume 0 and no sentiment.
 */
public class SentimentInputsFunction extends LiveWindowsFunction<KeywordMention, SentimentStats> {
  private static final long serialVersionUID = 1L;

  /**
   * @see LiveWindowsFunction#LiveWindowsFunction
   */
  public SentimentInputsFunction(
      PaneWindows panes, TickerDirectory tickers, RulesStart rulesStart) {
    super(panes, PaneSums.SENTIMENT, true, tickers, rulesStart);
  }

  @Override
  protected void add(SentimentStats stats, KeywordMention mention) {
    stats.add(mention.compound(), mention.financeCompound());
  }

  @Override
  protected long count(SentimentStats stats) {
    return stats.count;
  }

  @Override
  protected long newestEventTime(SentimentStats stats, long paneEnd) {
    // Pane statistics keep no times; freshness only needs the pane of the newest mention.
    return paneEnd - 1;
  }

  @Override
  protected String triggerId(
      String keyword, KeywordMention mention, long time, int sameMillisIndex) {
    return "tweet:" + mention.tweetId();
  }

  @Override
  protected void putValues(
      String keyword, Window window, SentimentStats sum, Map<String, Double> values) {
    putWindowValues(keyword, window, sum, values);
  }

  /**
   * The inputs of {@code keyword} over {@code window} from the window's statistics: what a close
   * emits, also for statistics rebuilt from the stored rows (a backtest over recorded history).
   */
  public static void putWindowValues(
      String keyword, Window window, SentimentStats sum, Map<String, Double> values) {
    boolean none = sum.count == 0;
    values.put(InputKind.SENTIMENT.key(keyword, window), none ? Double.NaN : sum.meanCompound());
    values.put(
        InputKind.FSENTIMENT.key(keyword, window), none ? Double.NaN : sum.meanFinanceCompound());
    values.put(InputKind.VOLUME.key(keyword, window), (double) sum.count);
    values.put(InputKind.POSITIVE.key(keyword, window), none ? Double.NaN : sum.sharePositive());
    values.put(InputKind.NEGATIVE.key(keyword, window), none ? Double.NaN : sum.shareNegative());
  }
}
