package com.tweetrade.sentiment;

import java.io.Serializable;

/**
 * VADER's four scores for one text, rounded as the reference rounds them (compound to 4 decimals,
 * the others to 3).
 *
 * @param compound normalised, weighted sum of word valences in [-1, 1]; the one number to use
 * @param pos share of the text that is positive, in [0, 1]
 * @param neu share that is neutral
 * @param neg share that is negative
 */
public record SentimentScores(double compound, double pos, double neu, double neg)
    implements Serializable {

  /** The scores of a text without words. */
  public static final SentimentScores ZERO = new SentimentScores(0.0, 0.0, 0.0, 0.0);

  /**
   * {@code compound<TAB>pos<TAB>neu<TAB>neg}, each number printed as Python prints the reference's
   * floats.
   */
  public String toTsv() {
    return ScoreFormat.python(compound)
        + '\t'
        + ScoreFormat.python(pos)
        + '\t'
        + ScoreFormat.python(neu)
        + '\t'
        + ScoreFormat.python(neg);
  }
}
