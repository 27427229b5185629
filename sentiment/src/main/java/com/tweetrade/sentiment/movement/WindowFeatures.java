package com.tweetrade.sentiment.movement;

import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The text features of a sample's window, from what {@link TweetSignals} keeps of each tweet. Text
 * only: no price enters, so the model measures what the tweets say, not what the prices did.
 *
 * <p>Beside the window's means and shares, three look at which tweets speak: tweets naming few
 * tickers (a list of ten cashtags is an advert, not an opinion about one stock), each text once (a
 * retweeted line is one opinion), the last hours of the window (after the US close, when results
 * and after-hours moves are tweeted), and whether the last day is busier than the days before it.
 * Each is a sum or count over the window's tweets: a streaming job could keep them per key and
 * window like the mean compound.
 */
public final class WindowFeatures {

  /**
   * A compound at or beyond this is a bullish (or, negated, bearish) tweet; VADER's usual cut-off.
   */
  static final double POLAR = 0.05;

  /** A tweet naming at most this many cashtags is about those stocks; more is a list. */
  static final int FOCUSED_CASHTAGS = 2;

  /**
   * The window's last hours: tweets from 20:00 UTC of day d-1 on. The US market closes at 20:00 UTC
   * in summer and 21:00 UTC in winter, so these are the close and after-hours tweets.
   */
  static final long AFTER_CLOSE_SECONDS = 4 * 3600;

  /**
   * Recency weighting halves a tweet's weight per day of age, age counted back from the window's
   * end.
   */
  static final double HALF_LIFE_SECONDS = 86_400;

  public static final List<String> NAMES =
      List.of(
          "mean_vader_compound",
          "mean_finance_compound",
          "bullish_share",
          "bearish_share",
          "log_tweets",
          "focused_finance_compound",
          "after_close_finance",
          "volume_change",
          "recency_finance_compound");

  private WindowFeatures() {}

  /**
   * The features of {@code sample}, in the order of {@link #NAMES}:
   *
   * <ul>
   *   <li>{@code mean_vader_compound}, {@code mean_finance_compound}: the window's mean compound
   *       per model;
   *   <li>{@code bullish_share}, {@code bearish_share}: share of tweets with finance compound >=
   *       0.05, <= -0.05;
   *   <li>{@code log_tweets}: ln(number of tweets);
   *   <li>{@code focused_finance_compound}: mean finance compound of the distinct texts naming at
   *       most {@value #FOCUSED_CASHTAGS} cashtags (0 when there is none);
   *   <li>{@code after_close_finance}: mean finance compound of the tweets of the last 4 hours
   *       times ln(1 + their number), so that a busy evening counts more than one tweet (0 when
   *       there is none);
   *   <li>{@code volume_change}: ln(1 + tweets of day d-1) - ln(1 + mean tweets per day of
   *       d-5..d-2);
   *   <li>{@code recency_finance_compound}: mean finance compound weighted by 2^(-age / 1 day).
   * </ul>
   */
  public static double[] of(Sample sample, TweetSignals t) {
    long end = sample.day().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    double vaderSum = 0;
    double financeSum = 0;
    int bullish = 0;
    int bearish = 0;
    double focusedSum = 0;
    int focused = 0;
    double afterCloseSum = 0;
    int afterClose = 0;
    int lastDay = 0;
    double recencySum = 0;
    double recencyWeight = 0;
    Set<Integer> texts = new HashSet<>();
    for (int id : sample.tweets()) {
      double f = t.finance()[id];
      vaderSum += t.vader()[id];
      financeSum += f;
      if (f >= POLAR) {
        bullish++;
      } else if (f <= -POLAR) {
        bearish++;
      }
      if (t.cashtags()[id] <= FOCUSED_CASHTAGS && texts.add(t.textId()[id])) {
        focusedSum += f;
        focused++;
      }
      long age = end - t.epochSecond()[id];
      if (age <= AFTER_CLOSE_SECONDS) {
        afterCloseSum += f;
        afterClose++;
      }
      if (age <= 86_400) {
        lastDay++;
      }
      double weight = Math.pow(2, -age / HALF_LIFE_SECONDS);
      recencySum += weight * f;
      recencyWeight += weight;
    }
    double n = sample.tweets().length;
    double beforePerDay = (n - lastDay) / (MovementSamples.WINDOW_DAYS - 1);
    return new double[] {
      vaderSum / n,
      financeSum / n,
      bullish / n,
      bearish / n,
      Math.log(n),
      focused == 0 ? 0 : focusedSum / focused,
      afterClose == 0 ? 0 : afterCloseSum / afterClose * Math.log1p(afterClose),
      Math.log1p(lastDay) - Math.log1p(beforePerDay),
      recencySum / recencyWeight
    };
  }

  /** The mean compound of the window under one model. */
  public static double meanCompound(Sample sample, double[] compound) {
    double sum = 0;
    for (int id : sample.tweets()) {
      sum += compound[id];
    }
    return sum / sample.tweets().length;
  }
}
