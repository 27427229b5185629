package com.tweetrade.sentiment;

import static com.tweetrade.sentiment.VaderRules.BOOSTERS;
import static com.tweetrade.sentiment.VaderRules.C_INCR;
import static com.tweetrade.sentiment.VaderRules.N_SCALAR;

/**
 * The valence rules of vaderSentiment 3.3.2 ({@code polarity_scores} and {@code sentiment_valence}), word by word.
 *
 * <p>Each step keeps the reference's order of floating-point operations, its quirks included (for example a
 * capitalised word with zero valence is pushed negative, and "no" before a lexicon word is re-scored when the word
 * before it is also "no"), because the goal is identical output, not a cleaner model.
 */
final class VaderEngine {

  private final VaderLexicon lexicon;

  VaderEngine(VaderLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Unrounded per-word sentiments of {@code text}, after the "but" rule. */
  double[] sentiments(VaderText text) {
    double[] sentiments = new double[text.size];
    for (int i = 0; i < text.size; i++) {
      String item = text.lower[i];
      if (BOOSTERS.containsKey(item)) {
        continue;  // modifiers carry no valence of their own
      }
      if (i < text.size - 1 && item.equals("kind") && text.lower[i + 1].equals("of")) {
        continue;
      }
      sentiments[i] = valence(text, i);
    }
    ButRule.apply(text, sentiments);
    return sentiments;
  }

  private double valence(VaderText text, int i) {
    if (!text.inLexicon(i)) {
      return 0.0;
    }
    String[] w = text.lower;
    double valence = text.valence[i];
    if (w[i].equals("no") && i != text.size - 1 && text.inLexicon(i + 1)) {
      valence = 0.0;  // "no" negates the next lexicon word instead of scoring itself
    }
    if ((i > 0 && w[i - 1].equals("no"))
        || (i > 1 && w[i - 2].equals("no"))
        || (i > 2 && w[i - 3].equals("no") && (w[i - 1].equals("or") || w[i - 1].equals("nor")))) {
      valence = text.valence[i] * N_SCALAR;
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
        valence = negationCheck(valence, w, startI, i);
        if (startI == 2) {
          valence = IdiomRule.apply(valence, w, i);
        }
      }
    }
    return leastCheck(valence, text, i);
  }

  /** The reference's {@code scalar_inc_dec}: booster or dampener before a word, stronger in ALL CAPS. */
  private static double scalarIncDec(VaderText text, int j, double valence) {
    Double booster = BOOSTERS.get(text.lower[j]);
    if (booster == null) {
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

  private static double negationCheck(double valence, String[] w, int startI, int i) {
    if (startI == 0) {
      if (VaderRules.negated(w[i - 1])) {
        valence = valence * N_SCALAR;
      }
    } else if (startI == 1) {
      if (w[i - 2].equals("never") && (w[i - 1].equals("so") || w[i - 1].equals("this"))) {
        valence = valence * 1.25;
      } else if (w[i - 2].equals("without") && w[i - 1].equals("doubt")) {
        return valence;
      } else if (VaderRules.negated(w[i - 2])) {
        valence = valence * N_SCALAR;
      }
    } else {
      // The reference's precedence: (never AND so/this two back) OR so/this one back.
      if ((w[i - 3].equals("never") && (w[i - 2].equals("so") || w[i - 2].equals("this")))
          || (w[i - 1].equals("so") || w[i - 1].equals("this"))) {
        valence = valence * 1.25;
      } else if (w[i - 3].equals("without") && (w[i - 2].equals("doubt") || w[i - 1].equals("doubt"))) {
        return valence;
      } else if (VaderRules.negated(w[i - 3])) {
        valence = valence * N_SCALAR;
      }
    }
    return valence;
  }

  private static double leastCheck(double valence, VaderText text, int i) {
    String[] w = text.lower;
    if (i > 1 && !text.inLexicon(i - 1) && w[i - 1].equals("least")) {
      if (!w[i - 2].equals("at") && !w[i - 2].equals("very")) {
        valence = valence * N_SCALAR;
      }
    } else if (i > 0 && !text.inLexicon(i - 1) && w[i - 1].equals("least")) {
      valence = valence * N_SCALAR;
    }
    return valence;
  }
}
