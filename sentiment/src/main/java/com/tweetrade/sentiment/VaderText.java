package com.tweetrade.sentiment;

/**
 * One text prepared as VADER 3.3.2 sees it: emoji replaced by their descriptions, split on Python
 * whitespace, edge punctuation stripped from words, and per word the facts the rules ask for again
 * and again.
 *
 * <p>The reference re-lower-cases and re-looks-up neighbouring words many times per word; computing
 * each fact once here, and naming words by vocabulary id, is what makes scoring fast. It changes no
 * result.
 */
final class VaderText {

  /** Number of words ({@code words_and_emoticons}). */
  final int size;

  /** Vocabulary id of each lower-cased word, -1 when VADER has no use for the word. */
  final int[] id;

  /** Python's {@code isupper()} of each word as written. */
  final boolean[] upper;

  /** The reference's {@code negated([word])}: a negation word or one containing "n't". */
  final boolean[] negated;

  /** Some, but not all, words are ALL CAPS ({@code allcap_differential}). */
  final boolean capDifferential;

  final int exclamations;
  final int questions;
  private final Vocabulary vocabulary;

  private VaderText(char[] text, Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    int tokens = 0;
    int bangs = 0;
    int marks = 0;
    boolean inToken = false;
    for (char c : text) {
      if (PyStrings.isSpace(c)) {
        inToken = false;
      } else {
        if (!inToken) {
          tokens++;
          inToken = true;
        }
        if (c == '!') {
          bangs++;
        } else if (c == '?') {
          marks++;
        }
      }
    }
    this.size = tokens;
    this.exclamations = bangs;
    this.questions = marks;
    this.id = new int[tokens];
    this.upper = new boolean[tokens];
    this.negated = new boolean[tokens];
    char[] lower = new char[text.length];
    int caps = 0;
    int k = 0;
    for (int t = 0; t < tokens; t++) {
      while (PyStrings.isSpace(text[k])) {
        k++;
      }
      int start = k;
      while (k < text.length && !PyStrings.isSpace(text[k])) {
        k++;
      }
      // the reference's _strip_punc_if_word: drop edge punctuation unless <= 2 code points remain
      // (":)" stays)
      int from = start;
      int to = k;
      while (from < to && PyStrings.isPunct(text[from])) {
        from++;
      }
      while (to > from && PyStrings.isPunct(text[to - 1])) {
        to--;
      }
      int length = to - from <= 4 ? Character.codePointCount(text, from, to - from) : to - from;
      if (length <= 2) {
        describe(t, text, start, k, lower);
      } else {
        describe(t, text, from, to, lower);
      }
      caps += upper[t] ? 1 : 0;
    }
    int notCaps = tokens - caps;
    this.capDifferential = notCaps > 0 && notCaps < tokens;
  }

  /** Prepares {@code rawText} for scoring. */
  static VaderText of(String rawText, VaderLexicon lexicon) {
    return new VaderText(replaceEmoji(rawText, lexicon).toCharArray(), lexicon.vocabulary());
  }

  double valence(int i) {
    return vocabulary.valence(id[i]);
  }

  boolean inLexicon(int i) {
    return !Double.isNaN(vocabulary.valence(id[i]));
  }

  double booster(int i) {
    return vocabulary.booster(id[i]);
  }

  /** Looks the word {@code text[from, to)} up and records its facts at index {@code t}. */
  private void describe(int t, char[] text, int from, int to, char[] lower) {
    boolean ascii = true;
    boolean hasLower = false;
    boolean hasUpper = false;
    int hash = 0;
    for (int p = from; p < to; p++) {
      char c = text[p];
      if (c >= 128) {
        ascii = false;
        break;
      }
      if (c >= 'A' && c <= 'Z') {
        hasUpper = true;
        c += 32;
      } else if (c >= 'a' && c <= 'z') {
        hasLower = true;
      }
      lower[p] = c;
      hash = 31 * hash + c;
    }
    if (ascii) {
      upper[t] = hasUpper && !hasLower;
      id[t] = vocabulary.id(lower, from, to, hash);
      negated[t] = vocabulary.isNegation(id[t]) || containsNt(lower, from, to);
    } else {
      String word = new String(text, from, to - from);
      String lowerWord = PyStrings.lower(word);
      upper[t] = PyStrings.isUpper(word);
      id[t] = vocabulary.id(lowerWord);
      negated[t] = vocabulary.isNegation(id[t]) || lowerWord.contains("n't");
    }
  }

  private static boolean containsNt(char[] s, int from, int to) {
    for (int p = from; p + 2 < to; p++) {
      if (s[p] == 'n' && s[p + 1] == '\'' && s[p + 2] == 't') {
        return true;
      }
    }
    return false;
  }

  /**
   * Replaces each emoji code point by its description, with a space before it unless one precedes
   * it and none after, exactly as the reference's {@code polarity_scores} does. Returns the text
   * itself when it has no emoji.
   */
  static String replaceEmoji(String text, VaderLexicon lexicon) {
    int min = lexicon.minEmoji();
    int first = -1;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c >= min
          && lexicon.emoji(Character.isHighSurrogate(c) ? text.codePointAt(k) : c) != null) {
        first = k;
        break;
      }
    }
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 32);
    out.append(text, 0, first);
    boolean prevSpace = first == 0 || text.charAt(first - 1) == ' ';
    for (int k = first; k < text.length(); ) {
      int cp = text.codePointAt(k);
      k += Character.charCount(cp);
      String description = cp >= min ? lexicon.emoji(cp) : null;
      if (description != null) {
        if (!prevSpace) {
          out.append(' ');
        }
        out.append(description);
        prevSpace = false;
      } else {
        out.appendCodePoint(cp);
        prevSpace = cp == ' ';
      }
    }
    return out.toString();
  }
}
