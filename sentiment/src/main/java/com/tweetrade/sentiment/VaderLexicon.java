package com.tweetrade.sentiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The word lexicon ({@code vader_lexicon.txt}) and emoji lexicon ({@code emoji_utf8_lexicon.txt})
 * of VADER 3.3.2.
 *
 * <p>Parsed as the reference parses them: one entry per line, tab-separated, first two fields, a
 * later duplicate replacing an earlier one. Only single-code-point emoji keys can ever match,
 * because the reference looks emoji up one code point at a time; the others are kept out.
 */
final class VaderLexicon {

  static final String WORDS_RESOURCE = "/vader/vader_lexicon.txt";
  static final String EMOJI_RESOURCE = "/vader/emoji_utf8_lexicon.txt";

  private final Vocabulary vocabulary;
  private final Map<Integer, String> emojiDescriptions;

  /** BMP code points that are emoji keys: a cheap test for the common, emoji-free character. */
  private final BitSet bmpEmoji = new BitSet(Character.MAX_VALUE + 1);

  private final int minEmoji;

  VaderLexicon(String wordsText, String emojiText) {
    this(parseWords(wordsText), parseEmoji(emojiText));
  }

  /** A lexicon from parsed entries: word valences, and descriptions of single-code-point emoji. */
  VaderLexicon(Map<String, Double> words, Map<Integer, String> emoji) {
    this.vocabulary = new Vocabulary(words);
    this.emojiDescriptions = Map.copyOf(emoji);
    int min = Integer.MAX_VALUE;
    for (int cp : emojiDescriptions.keySet()) {
      min = Math.min(min, cp);
      if (cp <= Character.MAX_VALUE) {
        bmpEmoji.set(cp);
      }
    }
    this.minEmoji = min;
  }

  /** The lexicons bundled with this module. */
  static VaderLexicon bundled() {
    return new VaderLexicon(readResource(WORDS_RESOURCE), readResource(EMOJI_RESOURCE));
  }

  /** Lexicon and rule words as ids. */
  Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Smallest emoji code point: any character below it is not an emoji. */
  int minEmoji() {
    return minEmoji;
  }

  /** Textual description of an emoji code point, or null. */
  String emoji(int codePoint) {
    if (codePoint < minEmoji) {
      return null;
    }
    if (codePoint <= Character.MAX_VALUE && !bmpEmoji.get(codePoint)) {
      return null;
    }
    return emojiDescriptions.get(codePoint);
  }

  static Map<String, Double> parseWords(String text) {
    Map<String, Double> m = new HashMap<>();
    for (String line : trimTrailingNewlines(text).split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = pyStrip(line).split("\t", -1);
      m.put(fields[0], Double.parseDouble(fields[1]));
    }
    return Map.copyOf(m);
  }

  static Map<Integer, String> parseEmoji(String text) {
    Map<Integer, String> m = new HashMap<>();
    for (String line : trimTrailingNewlines(text).split("\n", -1)) {
      String[] fields = pyStrip(line).split("\t", -1);
      String key = fields[0];
      if (!key.isEmpty() && key.codePointCount(0, key.length()) == 1) {
        m.put(key.codePointAt(0), fields[1]);
      }
    }
    return Map.copyOf(m);
  }

  private static String trimTrailingNewlines(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '\n') {
      end--;
    }
    return s.substring(0, end);
  }

  /** Python's {@code str.strip()} with no argument. */
  private static String pyStrip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && PyStrings.isSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && PyStrings.isSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  static String readResource(String name) {
    try (InputStream in = VaderLexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
