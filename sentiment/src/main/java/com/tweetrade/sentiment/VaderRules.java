package com.tweetrade.sentiment;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The constants of vaderSentiment 3.3.2: empirically derived increments, negation words, boosters
 * and idioms.
 *
 * <p>Values and word lists are those of the reference module; multi-word keys are joined by one
 * space, as the reference joins its n-grams.
 */
final class VaderRules {

  /** Mean intensity increase of a booster word. */
  static final double B_INCR = 0.293;

  static final double B_DECR = -0.293;

  /** Mean intensity increase of an ALL-CAPS word among mixed-case ones. */
  static final double C_INCR = 0.733;

  /** Factor applied to a negated valence. */
  static final double N_SCALAR = -0.74;

  static final Set<String> NEGATE =
      Set.of(
          "aint",
          "arent",
          "cannot",
          "cant",
          "couldnt",
          "darent",
          "didnt",
          "doesnt",
          "ain't",
          "aren't",
          "can't",
          "couldn't",
          "daren't",
          "didn't",
          "doesn't",
          "dont",
          "hadnt",
          "hasnt",
          "havent",
          "isnt",
          "mightnt",
          "mustnt",
          "neither",
          "don't",
          "hadn't",
          "hasn't",
          "haven't",
          "isn't",
          "mightn't",
          "mustn't",
          "neednt",
          "needn't",
          "never",
          "none",
          "nope",
          "nor",
          "not",
          "nothing",
          "nowhere",
          "oughtnt",
          "shant",
          "shouldnt",
          "uhuh",
          "wasnt",
          "werent",
          "oughtn't",
          "shan't",
          "shouldn't",
          "uh-uh",
          "wasn't",
          "weren't",
          "without",
          "wont",
          "wouldnt",
          "won't",
          "wouldn't",
          "rarely",
          "seldom",
          "despite");

  static final Map<String, Double> BOOSTERS = boosters();

  /** Idioms and phrases containing lexicon words whose valence replaces the word's. */
  static final Map<String, Double> SPECIAL_CASES =
      Map.of(
          "the shit",
          3.0,
          "the bomb",
          3.0,
          "bad ass",
          1.5,
          "badass",
          1.5,
          "bus stop",
          0.0,
          "yeah right",
          -2.0,
          "kiss of death",
          -1.5,
          "to die for",
          3.0,
          "beating heart",
          3.1,
          "broken heart",
          -2.9);

  private VaderRules() {}

  private static Map<String, Double> boosters() {
    Map<String, Double> m = new HashMap<>();
    for (String w :
        new String[] {
          "absolutely",
          "amazingly",
          "awfully",
          "completely",
          "considerable",
          "considerably",
          "decidedly",
          "deeply",
          "effing",
          "enormous",
          "enormously",
          "entirely",
          "especially",
          "exceptional",
          "exceptionally",
          "extreme",
          "extremely",
          "fabulously",
          "flipping",
          "flippin",
          "frackin",
          "fracking",
          "fricking",
          "frickin",
          "frigging",
          "friggin",
          "fully",
          "fuckin",
          "fucking",
          "fuggin",
          "fugging",
          "greatly",
          "hella",
          "highly",
          "hugely",
          "incredible",
          "incredibly",
          "intensely",
          "major",
          "majorly",
          "more",
          "most",
          "particularly",
          "purely",
          "quite",
          "really",
          "remarkably",
          "so",
          "substantially",
          "thoroughly",
          "total",
          "totally",
          "tremendous",
          "tremendously",
          "uber",
          "unbelievably",
          "unusually",
          "utter",
          "utterly",
          "very"
        }) {
      m.put(w, B_INCR);
    }
    for (String w :
        new String[] {
          "almost",
          "barely",
          "hardly",
          "just enough",
          "kind of",
          "kinda",
          "kindof",
          "kind-of",
          "less",
          "little",
          "marginal",
          "marginally",
          "occasional",
          "occasionally",
          "partly",
          "scarce",
          "scarcely",
          "slight",
          "slightly",
          "somewhat",
          "sort of",
          "sorta",
          "sortof",
          "sort-of"
        }) {
      m.put(w, B_DECR);
    }
    return Map.copyOf(m);
  }
}
