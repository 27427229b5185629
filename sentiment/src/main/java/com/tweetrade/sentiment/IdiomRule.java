package com.tweetrade.sentiment;

import static com.tweetrade.sentiment.VaderRules.BOOSTERS;
import static com.tweetrade.sentiment.VaderRules.PHRASE_FIRST_WORDS;
import static com.tweetrade.sentiment.VaderRules.SPECIAL_CASES;

/**
 * VADER's special-case idioms ("the bomb", "kiss of death", ...) and two-word dampeners ("kind of") around word
 * {@code i}, as the reference's {@code _special_idioms_check}; only called when {@code i >= 3}.
 *
 * <p>n-grams are only joined into strings when their first word starts some known phrase, which keeps the check
 * allocation-free for almost every word without changing its outcome.
 */
final class IdiomRule {

  private IdiomRule() {}

  static double apply(double valence, String[] w, int i) {
    Double special = special(w[i - 1], w[i]);
    if (special == null) {
      special = special(w[i - 2], w[i - 1], w[i]);
    }
    if (special == null) {
      special = special(w[i - 2], w[i - 1]);
    }
    if (special == null) {
      special = special(w[i - 3], w[i - 2], w[i - 1]);
    }
    if (special == null) {
      special = special(w[i - 3], w[i - 2]);
    }
    if (special != null) {
      valence = special;
    }
    if (w.length - 1 > i) {
      Double zeroOne = special(w[i], w[i + 1]);
      if (zeroOne != null) {
        valence = zeroOne;
      }
    }
    if (w.length - 1 > i + 1) {
      Double zeroOneTwo = special(w[i], w[i + 1], w[i + 2]);
      if (zeroOneTwo != null) {
        valence = zeroOneTwo;
      }
    }
    Double[] nGramBoosters = {
        booster(w[i - 3], w[i - 2], w[i - 1]), booster(w[i - 3], w[i - 2]), booster(w[i - 2], w[i - 1])};
    for (Double b : nGramBoosters) {
      if (b != null) {
        valence = valence + b;
      }
    }
    return valence;
  }

  private static Double special(String a, String b) {
    return PHRASE_FIRST_WORDS.contains(a) ? SPECIAL_CASES.get(a + ' ' + b) : null;
  }

  private static Double special(String a, String b, String c) {
    return PHRASE_FIRST_WORDS.contains(a) ? SPECIAL_CASES.get(a + ' ' + b + ' ' + c) : null;
  }

  private static Double booster(String a, String b) {
    return PHRASE_FIRST_WORDS.contains(a) ? BOOSTERS.get(a + ' ' + b) : null;
  }

  private static Double booster(String a, String b, String c) {
    return PHRASE_FIRST_WORDS.contains(a) ? BOOSTERS.get(a + ' ' + b + ' ' + c) : null;
  }
}
