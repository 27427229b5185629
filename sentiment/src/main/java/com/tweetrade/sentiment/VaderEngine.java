package com.tweetrade.sentiment;

import static com.tweetrade.sentiment.VaderRules.C_INCR;
import static com.tweetrade.sentiment.VaderRules.N_SCALAR;

/**
 * The valence rules of vaderSentiment 3.3.2 ({@code polarity_scores} and {@code
 * sentiment_valence}), word by word.
 *
 * <p>Each step keeps the reference's order of floating-point operations, its quirks included (for
 * example a capitalised word with zero valence is pushed negative, and "no" before a lexicon word
 * is re-scored when the word before it is also "no"), because the goal is identical output, not a
 * cleaner model. Words are compared by vocabulary id.
 */
final class VaderEngine {

  private final Vocabulary v;

  VaderEngine(Vocabulary vocabulary) {
    this.v = vocabulary;
  }

  /** Unrounded per-word sentiments of {@code text}, after the "but" rule. */
  double[] sentiments(VaderText text) {
    double[] sentiments = new double[text.size];
    int[] w = text.id;
    for (int i = 0; i < text.size; i++) {
      if (text.booster(i) != 0) {
        continue; // modifiers carry no valence of their own
      }
      if (i < text.size - 1 && w[i] == v.kind && w[i + 1] == v.of) {
        continue;
      }
      sentiments[i] = valence(text, i);
    }
    ButRule.apply(text.id, v.but, sentiments);
    return sentiments;
  }

  private double valence(VaderText text, int i) {
    if (!text.inLexicon(i)) {
      return 0.0;
    }
    int[] w = text.id;
    double valence = text.valence(i);
    if (w[i] == v.no && i != text.size - 1 && text.inLexicon(i + 1)) {
      valence = 0.0; // "no" negates the next lexicon word instead of scoring itself
    }
    if ((i > 0 && w[i - 1] == v.no)
        || (i > 1 && w[i - 2] == v.no)
        || (i > 2 && w[i - 3] == v.no && (w[i - 1] == v.or || w[i - 1] == v.nor))) {
      valence = text.valence(i) * N_SCALAR;
    }
    if (text.upper[i] && text.capDifferential) {
      valence = valence > 0 ? valence + C_INCR : valence - C_INCR;
    }
    for (int startI = 0; startI < 3; startI++) {
      int j = i - (startI + 1);
      if (i > startI && !text.inLexicon(j)) {
        double s = scalarIncDec(text, j, valence);
        if (startI == 1 && s != 0) {
          s = s * 0.95;
        }
        if (startI == 2 && s != 0) {
          s = s * 0.9;
        }
        valence = valence + s;
        valence = negationCheck(valence, text, startI, i);
        if (startI == 2) {
          valence = IdiomRule.apply(valence, w, i, v);
        }
      }
    }
    return leastCheck(valence, text, i);
  }

  /**
   * The reference's {@code scalar_inc_dec}: booster or dampener before a word, stronger in ALL
   * CAPS.
   */
  private static double scalarIncDec(VaderText text, int j, double valence) {
    double booster = text.booster(j);
    if (booster == 0) {
      return 0.0;
    }
    double scalar = booster;
    if (valence < 0) {
      scalar *= -1;
    }
    if (text.upper[j] && text.capDifferential) {
      if (valence > 0) {
        scalar += C_INCR;
      } else {
        scalar -= C_INCR;
      }
    }
    return scalar;
  }

  private double negationCheck(double valence, VaderText text, int startI, int i) {
    int[] w = text.id;
    if (startI == 0) {
      if (text.negated[i - 1]) {
        valence = valence * N_SCALAR;
      }
    } else if (startI == 1) {
      if (w[i - 2] == v.never && (w[i - 1] == v.so || w[i - 1] == v.thisWord)) {
        valence = valence * 1.25;
      } else if (w[i - 2] == v.without && w[i - 1] == v.doubt) {
        return valence;
      } else if (text.negated[i - 2]) {
        valence = valence * N_SCALAR;
      }
    } else {
      // The reference's precedence: (never AND so/this two back) OR so/this one back.
      if ((w[i - 3] == v.never && (w[i - 2] == v.so || w[i - 2] == v.thisWord))
          || (w[i - 1] == v.so || w[i - 1] == v.thisWord)) {
        valence = valence * 1.25;
      } else if (w[i - 3] == v.without && (w[i - 2] == v.doubt || w[i - 1] == v.doubt)) {
        return valence;
      } else if (text.negated[i - 3]) {
        valence = valence * N_SCALAR;
      }
    }
    return valence;
  }

  private double leastCheck(double valence, VaderText text, int i) {
    int[] w = text.id;
    if (i > 1 && !text.inLexicon(i - 1) && w[i - 1] == v.least) {
      if (w[i - 2] != v.at && w[i - 2] != v.very) {
        valence = valence * N_SCALAR;
      }
    } else if (i > 0 && !text.inLexicon(i - 1) && w[i - 1] == v.least) {
      valence = valence * N_SCALAR;
    }
    return valence;
  }
}
