package com.tweetrade.sentiment;

/**
 * One text prepared as VADER 3.3.2 sees it: emoji replaced by their descriptions, split on Python whitespace,
 * edge punctuation stripped from words, and per word the facts the rules ask for again and again.
 *
 * <p>The reference re-lower-cases and re-looks-up neighbouring words many times per word; computing each fact once
 * here is what makes scoring fast, and it does not change any result.
 */
final class VaderText {

  /** Words after emoji replacement and punctuation stripping ({@code words_and_emoticons}). */
  final int size;
  final String[] lower;
  final boolean[] upper;
  /** Lexicon valence of each lower-case word, {@code NaN} when absent. */
  final double[] valence;
  /** Some, but not all, words are ALL CAPS ({@code allcap_differential}). */
  final boolean capDifferential;
  final int exclamations;
  final int questions;

  private VaderText(String text, VaderLexicon lexicon) {
    int tokens = 0;
    int bangs = 0;
    int marks = 0;
    boolean inToken = false;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
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
    this.lower = new String[tokens];
    this.upper = new boolean[tokens];
    this.valence = new double[tokens];
    int caps = 0;
    int t = 0;
    int k = 0;
    int n = text.length();
    while (t < tokens) {
      while (PyStrings.isSpace(text.charAt(k))) {
        k++;
      }
      int start = k;
      while (k < n && !PyStrings.isSpace(text.charAt(k))) {
        k++;
      }
      String word = stripPunctuationIfWord(text, start, k);
      boolean isUpper = PyStrings.isUpper(word);
      caps += isUpper ? 1 : 0;
      upper[t] = isUpper;
      lower[t] = PyStrings.lower(word);
      valence[t] = lexicon.valence(lower[t]);
      t++;
    }
    int notCaps = tokens - caps;
    this.capDifferential = notCaps > 0 && notCaps < tokens;
  }

  /** Prepares {@code rawText} for scoring. */
  static VaderText of(String rawText, VaderLexicon lexicon) {
    return new VaderText(replaceEmoji(rawText, lexicon), lexicon);
  }

  boolean inLexicon(int i) {
    return !Double.isNaN(valence[i]);
  }

  /**
   * The reference's {@code _strip_punc_if_word}: strip leading and trailing ASCII punctuation unless that leaves
   * two characters or fewer (then the token was probably an emoticon such as ":)" and is kept whole).
   */
  private static String stripPunctuationIfWord(String text, int start, int end) {
    int from = start;
    int to = end;
    while (from < to && PyStrings.isPunct(text.charAt(from))) {
      from++;
    }
    while (to > from && PyStrings.isPunct(text.charAt(to - 1))) {
      to--;
    }
    if (PyStrings.codePointLength(text, from, to) <= 2) {
      return text.substring(start, end);
    }
    return text.substring(from, to);
  }

  /**
   * Replaces each emoji code point by its description, with a space before it unless one precedes it and none
   * after, exactly as the reference's {@code polarity_scores} does. Returns the text itself when it has no emoji.
   */
  static String replaceEmoji(String text, VaderLexicon lexicon) {
    int min = lexicon.minEmoji();
    int first = -1;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c >= min && lexicon.emoji(Character.isHighSurrogate(c) ? text.codePointAt(k) : c) != null) {
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
