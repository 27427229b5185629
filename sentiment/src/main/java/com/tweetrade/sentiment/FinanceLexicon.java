package com.tweetrade.sentiment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The finance model's lexicon: VADER 3.3.2's lexicons with the market layer of {@code finance/}
 * applied on top.
 *
 * <p>The layer only changes entries (a term's valence replaces VADER's, valence 0 removes the word,
 * an emoji gets other words as its description), so the finance model scores with exactly VADER's
 * negation, booster, caps, "but" and punctuation rules: "not bullish" is negated the way "not good"
 * is.
 */
final class FinanceLexicon {

  static final String TERMS_RESOURCE = "/finance/finance_lexicon.txt";
  static final String EMOJI_RESOURCE = "/finance/finance_emoji.txt";

  private FinanceLexicon() {}

  /** VADER's bundled lexicons with the bundled finance layer. */
  static VaderLexicon bundled() {
    return layered(
        VaderLexicon.readResource(TERMS_RESOURCE), VaderLexicon.readResource(EMOJI_RESOURCE));
  }

  /**
   * VADER's bundled lexicons with the given layer ({@code term<TAB>valence[<TAB>note]}, {@code
   * emoji<TAB>words}).
   */
  static VaderLexicon layered(String termsText, String emojiText) {
    Map<String, Double> words =
        new HashMap<>(
            VaderLexicon.parseWords(VaderLexicon.readResource(VaderLexicon.WORDS_RESOURCE)));
    for (String[] fields : entries(termsText)) {
      if (!fields[0].equals(fields[0].toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "finance terms are lower case, as VADER looks words up: " + fields[0]);
      }
      double valence = Double.parseDouble(fields[1]);
      if (valence == 0) {
        words.remove(fields[0]);
      } else {
        words.put(fields[0], valence);
      }
    }
    Map<Integer, String> emoji =
        new HashMap<>(
            VaderLexicon.parseEmoji(VaderLexicon.readResource(VaderLexicon.EMOJI_RESOURCE)));
    for (String[] fields : entries(emojiText)) {
      if (fields[0].codePointCount(0, fields[0].length()) != 1) {
        throw new IllegalArgumentException(
            "VADER replaces emoji one code point at a time: " + fields[0]);
      }
      emoji.put(fields[0].codePointAt(0), fields[1]);
    }
    return new VaderLexicon(words, emoji);
  }

  /** Non-blank, non-comment lines split on tabs; a line with fewer than two fields is an error. */
  private static List<String[]> entries(String text) {
    return text.lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(
            line -> {
              String[] fields = line.split("\t");
              if (fields.length < 2 || fields[0].isEmpty()) {
                throw new IllegalArgumentException(
                    "finance lexicon line needs term<TAB>value: " + line);
              }
              return fields;
            })
        .toList();
  }
}
