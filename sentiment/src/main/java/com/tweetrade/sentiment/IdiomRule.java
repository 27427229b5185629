package com.tweetrade.sentiment;

/**
 * VADER's special-case idioms ("the bomb", "kiss of death", ...) and two-word dampeners ("kind of")
 * around word {@code i}, as the reference's {@code _special_idioms_check}; only called when {@code
 * i >= 3}.
 */
final class IdiomRule {

  private IdiomRule() {}

  static double apply(double valence, int[] w, int i, Vocabulary v) {
    // first match wins among: 1-0, 2-1-0, 2-1, 3-2-1, 3-2 (word offsets before i)
    Double special = v.specialCase(w[i - 1], w[i]);
    if (special == null) {
      special = v.specialCase(w[i - 2], w[i - 1], w[i]);
    }
    if (special == null) {
      special = v.specialCase(w[i - 2], w[i - 1]);
    }
    if (special == null) {
      special = v.specialCase(w[i - 3], w[i - 2], w[i - 1]);
    }
    if (special == null) {
      special = v.specialCase(w[i - 3], w[i - 2]);
    }
    if (special != null) {
      valence = special;
    }
    if (w.length - 1 > i) {
      Double zeroOne = v.specialCase(w[i], w[i + 1]);
      if (zeroOne != null) {
        valence = zeroOne;
      }
    }
    if (w.length - 1 > i + 1) {
      Double zeroOneTwo = v.specialCase(w[i], w[i + 1], w[i + 2]);
      if (zeroOneTwo != null) {
        valence = zeroOneTwo;
      }
    }
    Double[] nGramBoosters = {
      v.phraseBooster(w[i - 3], w[i - 2], w[i - 1]),
      v.phraseBooster(w[i - 3], w[i - 2]),
      v.phraseBooster(w[i - 2], w[i - 1])
    };
    for (Double b : nGramBoosters) {
      if (b != null) {
        valence = valence + b;
      }
    }
    return valence;
  }
}
