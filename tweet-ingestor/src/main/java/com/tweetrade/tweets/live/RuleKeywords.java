package com.tweetrade.tweets.live;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and cashtags a rule needs tweets about, found by a simple scan of the rule text.
 *
 * <p>Finds {@code sentiment("...")} and {@code volume("...")} first arguments (lower-cased) and
 * {@code $TICKER} cashtags (upper-cased, {@code $} kept, as the streaming API's track takes them).
 * This is the one place to switch to the rule parser of {@code com.tweetrade.model.rules} once it
 * exists; nothing else in the live source looks at rule text.
 */
public final class RuleKeywords {
  private static final Pattern QUOTED_ARG =
      Pattern.compile("\\b(?:sentiment|volume)\\s*\\(\\s*\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern CASHTAG = Pattern.compile("\\$([A-Za-z][A-Za-z0-9.]{0,9})\\b");

  private RuleKeywords() {}

  public static Set<String> of(String ruleText) {
    Set<String> out = new TreeSet<>();
    if (ruleText == null) return out;
    Matcher m = QUOTED_ARG.matcher(ruleText);
    while (m.find()) {
      String word = m.group(1).trim();
      if (word.isEmpty()) continue;
      out.add(word.startsWith("$") ? word.toUpperCase(Locale.ROOT) : word.toLowerCase(Locale.ROOT));
    }
    Matcher c = CASHTAG.matcher(ruleText);
    while (c.find()) out.add("$" + c.group(1).toUpperCase(Locale.ROOT));
    return out;
  }
}
