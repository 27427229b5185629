package com.tweetrade.job.functions;

import com.tweetrade.model.tickers.TickerDirectory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keywords and cashtags a rule's condition reads: the first argument of every keyword function
 * ({@code sentiment}, {@code volume}, {@code positive}, {@code negative}).
 *
 * <p>The only place the analytics look into rule text. It scans for the keyword functions rather than
 * parsing the whole rule, so a rule that the rules engine would refuse may still add a keyword: that
 * only makes the analytics compute a little more. Swap this for the rule parser of
 * {@code com.tweetrade.model.rules} once it is available.
 */
public final class RuleKeywords {
  private static final Pattern KEYWORD_CALL = Pattern.compile(
      "(?i)\\b(?:sentiment|volume|positive|negative)\\s*\\(\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(\\$?[A-Za-z0-9][A-Za-z0-9.\\-/]*))");

  private RuleKeywords() {}

  /** Keywords in lower case and cashtags as {@code $TICKER}, each once, in order of appearance. */
  public static List<String> extract(String ruleText) {
    if (ruleText == null) return List.of();
    Set<String> keys = new LinkedHashSet<>();
    Matcher m = KEYWORD_CALL.matcher(ruleText);
    while (m.find()) {
      String raw = m.group(1) != null ? m.group(1).replaceAll("\\\\(.)", "$1") : m.group(2);
      String key = normalize(raw);
      if (!key.isEmpty()) keys.add(key);
    }
    return new ArrayList<>(keys);
  }

  /** {@code $tsla} becomes {@code $TSLA}; any other keyword is trimmed and lower-cased. */
  public static String normalize(String keyword) {
    String k = keyword.strip();
    if (k.startsWith("$") && k.length() > 1) return "$" + TickerDirectory.normalize(k);
    return k.toLowerCase(Locale.ROOT);
  }
}
