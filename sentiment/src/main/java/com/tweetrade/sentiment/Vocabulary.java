package com.tweetrade.sentiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every word VADER knows — lexicon words and the words its rules name — as small integer ids, with
 * per-id facts (valence, booster increment, negation word) and the multi-word phrases as id tuples.
 *
 * <p>Looking words up by characters (no substring, no {@code String.hashCode}) and comparing ids
 * instead of strings is where the speed over a literal translation of the reference comes from.
 */
final class Vocabulary {

  /** The missing third word of a two-word phrase key. */
  private static final int NO_WORD = -1;

  private final String[] keys;
  private final int[] keyHashes;
  private final int[] slotIds;
  private final int mask;
  private final List<String> words = new ArrayList<>();
  private double[] valence;
  private double[] booster;
  private boolean[] negation;
  private boolean[] startsPhrase;
  private final Map<Long, Double> specialCases = new HashMap<>();
  private final Map<Long, Double> phraseBoosters = new HashMap<>();

  /** Ids of the words the rules compare against. */
  final int no;

  final int or;
  final int nor;
  final int but;
  final int kind;
  final int of;
  final int least;
  final int at;
  final int very;
  final int never;
  final int so;
  final int thisWord;
  final int without;
  final int doubt;

  Vocabulary(Map<String, Double> lexicon) {
    int capacity = Integer.highestOneBit(Math.max(64, (lexicon.size() + 512) * 2)) << 1;
    keys = new String[capacity];
    keyHashes = new int[capacity];
    slotIds = new int[capacity];
    mask = capacity - 1;
    valence = new double[0];
    lexicon.forEach((w, v) -> valence(add(w), v));
    VaderRules.BOOSTERS.forEach(
        (w, v) -> {
          if (w.indexOf(' ') < 0) {
            booster[add(w)] = v;
          }
        });
    VaderRules.NEGATE.forEach(w -> negation[add(w)] = true);
    no = add("no");
    or = add("or");
    nor = add("nor");
    but = add("but");
    kind = add("kind");
    of = add("of");
    least = add("least");
    at = add("at");
    very = add("very");
    never = add("never");
    so = add("so");
    thisWord = add("this");
    without = add("without");
    doubt = add("doubt");
    VaderRules.SPECIAL_CASES.forEach((phrase, v) -> addPhrase(phrase, v, specialCases));
    VaderRules.BOOSTERS.forEach((phrase, v) -> addPhrase(phrase, v, phraseBoosters));
  }

  /**
   * Id of the lower-case word in {@code chars[from, to)} whose String hash is {@code hash}, or -1.
   */
  int id(char[] chars, int from, int to, int hash) {
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == null) {
        return -1;
      }
      if (keyHashes[slot] == hash && sameChars(key, chars, from, to)) {
        return slotIds[slot];
      }
    }
  }

  /** Id of a lower-case word, or -1. */
  int id(String word) {
    return id(word.toCharArray(), 0, word.length(), word.hashCode());
  }

  /** Lexicon valence, or NaN when the word is not in the lexicon. */
  double valence(int id) {
    return id < 0 ? Double.NaN : valence[id];
  }

  /** Single-word booster increment, or 0 (no booster has 0). */
  double booster(int id) {
    return id < 0 ? 0.0 : booster[id];
  }

  boolean isNegation(int id) {
    return id >= 0 && negation[id];
  }

  /** Valence of the two-word special-case idiom (a, b), or null. */
  Double specialCase(int a, int b) {
    return phrase(specialCases, a, b, NO_WORD);
  }

  /** Valence of the three-word special-case idiom (a, b, c), or null. */
  Double specialCase(int a, int b, int c) {
    return c < 0 ? null : phrase(specialCases, a, b, c);
  }

  /** Increment of the two-word booster (a, b) such as "kind of", or null. */
  Double phraseBooster(int a, int b) {
    return phrase(phraseBoosters, a, b, NO_WORD);
  }

  /**
   * Increment of a three-word booster (there are none in 3.3.2, but the reference looks them up),
   * or null.
   */
  Double phraseBooster(int a, int b, int c) {
    return c < 0 ? null : phrase(phraseBoosters, a, b, c);
  }

  int size() {
    return words.size();
  }

  private Double phrase(Map<Long, Double> phrases, int a, int b, int c) {
    if (a < 0 || b < 0 || !startsPhrase[a]) {
      return null;
    }
    return phrases.get(key(a, b, c));
  }

  /**
   * Packs 2 or 3 ids; ids + 1 so that a two-word key (c = NO_WORD) never equals a three-word one.
   */
  private static long key(int a, int b, int c) {
    return ((long) (a + 1) << 42) | ((long) (b + 1) << 21) | (c + 1L);
  }

  private void addPhrase(String phrase, double value, Map<Long, Double> into) {
    String[] parts = phrase.split(" ");
    if (parts.length < 2) {
      return; // the reference only ever looks up joined n-grams, so one-word keys ("badass") never
      // match
    }
    int a = add(parts[0]);
    int b = add(parts[1]);
    int c = parts.length > 2 ? add(parts[2]) : NO_WORD;
    startsPhrase[a] = true;
    into.put(key(a, b, c), value);
  }

  private int add(String word) {
    int existing = id(word);
    if (existing >= 0) {
      return existing;
    }
    int id = words.size();
    words.add(word);
    int hash = word.hashCode();
    int slot = spread(hash) & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = word;
    keyHashes[slot] = hash;
    slotIds[slot] = id;
    if (id >= valence.length) {
      int grown = Math.max(16, id * 2);
      int old = valence.length;
      valence = Arrays.copyOf(valence, grown);
      Arrays.fill(valence, old, grown, Double.NaN);
      booster = booster == null ? new double[grown] : Arrays.copyOf(booster, grown);
      negation = negation == null ? new boolean[grown] : Arrays.copyOf(negation, grown);
      startsPhrase = startsPhrase == null ? new boolean[grown] : Arrays.copyOf(startsPhrase, grown);
    }
    return id;
  }

  private void valence(int id, double v) {
    valence[id] = v;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private static boolean sameChars(String key, char[] chars, int from, int to) {
    if (key.length() != to - from) {
      return false;
    }
    for (int k = 0; k < key.length(); k++) {
      if (key.charAt(k) != chars[from + k]) {
        return false;
      }
    }
    return true;
  }
}
