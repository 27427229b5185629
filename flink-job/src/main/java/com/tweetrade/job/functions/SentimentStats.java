package com.tweetrade.job.functions;

/**
 * Running sentiment statistics of one keyword: the accumulator of a pane and the sum of several
 * panes.
 *
 * <p>A mutable POJO so Flink serializes it without Kryo. VADER's compound scores have four
 * decimals, so they are summed exactly as integer units of 10^-4: the sum, and so the mean, does
 * not depend on the order in which mentions from parallel fan-out instances arrive, and a replay
 * gives the same bits.
 */
public class SentimentStats {
  /** VADER's own thresholds for a positive and a negative text. */
  public static final double POSITIVE_THRESHOLD = 0.05;

  public static final double NEGATIVE_THRESHOLD = -0.05;

  /** Compound scores are summed in these units. */
  public static final double UNITS_PER_ONE = 10_000.0;

  public long count;
  public long sumCompoundUnits;

  /**
   * The finance model's compounds, summed the same way; only the rule inputs ({@code fsentiment})
   * fill it. A pane restored from a savepoint taken before it existed has 0 here.
   */
  public long sumFinanceUnits;

  public long positive;
  public long negative;

  public SentimentStats() {}

  public SentimentStats add(double compound) {
    count++;
    sumCompoundUnits += Math.round(compound * UNITS_PER_ONE);
    if (compound >= POSITIVE_THRESHOLD) positive++;
    if (compound <= NEGATIVE_THRESHOLD) negative++;
    return this;
  }

  /** {@link #add(double)}, and the finance model's compound beside it. */
  public SentimentStats add(double compound, double financeCompound) {
    sumFinanceUnits += Math.round(financeCompound * UNITS_PER_ONE);
    return add(compound);
  }

  public SentimentStats merge(SentimentStats other) {
    count += other.count;
    sumCompoundUnits += other.sumCompoundUnits;
    sumFinanceUnits += other.sumFinanceUnits;
    positive += other.positive;
    negative += other.negative;
    return this;
  }

  public double meanCompound() {
    return sumCompoundUnits / UNITS_PER_ONE / count;
  }

  public double meanFinanceCompound() {
    return sumFinanceUnits / UNITS_PER_ONE / count;
  }

  public double sharePositive() {
    return (double) positive / count;
  }

  public double shareNegative() {
    return (double) negative / count;
  }
}
