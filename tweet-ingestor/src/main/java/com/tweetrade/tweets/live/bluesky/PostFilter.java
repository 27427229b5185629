package com.tweetrade.tweets.live.bluesky;

import com.tweetrade.model.Tweet;
import com.tweetrade.sentiment.KeywordMatcher;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which posts are sent: those in a wanted language that mention a tracked keyword or cashtag (or
 * all posts, with {@code --all}).
 *
 * <p>Terms are the twitter live mode's: active rules' keywords and {@code $TICKER} cashtags plus
 * {@code --track}. Keywords match as the Flink job matches them ({@link KeywordMatcher}: case-
 * insensitive, on word boundaries, phrases too); a cashtag term matches the post's cashtags (facets
 * and text). Languages match on the primary subtag ({@code en} takes {@code en-US}); with languages
 * given, a post that declares none is dropped. Immutable, so the socket thread can read it while
 * the control loop swaps in a new one.
 */
public final class PostFilter {
  private final boolean all;
  private final Set<String> langs;
  private final KeywordMatcher keywords;
  private final Set<String> cashtags;
  private final int termCount;

  private PostFilter(
      boolean all,
      Set<String> langs,
      KeywordMatcher keywords,
      Set<String> cashtags,
      int termCount) {
    this.all = all;
    this.langs = langs;
    this.keywords = keywords;
    this.cashtags = cashtags;
    this.termCount = termCount;
  }

  /**
   * @param all send every post (of the wanted languages), ignoring terms
   * @param langs wanted languages; empty = all
   * @param terms keywords and {@code $TICKER} cashtags
   */
  public static PostFilter of(boolean all, Set<String> langs, Set<String> terms) {
    Set<String> keywordTerms = new HashSet<>();
    Set<String> cashtagTerms = new HashSet<>();
    for (String term : terms) {
      String t = term.strip();
      if (t.isEmpty()) continue;
      boolean cashtag =
          t.startsWith("$") && KeywordMatcher.cashtags(t).size() == 1 && t.indexOf(' ') < 0;
      if (cashtag) cashtagTerms.add(t.substring(1).toUpperCase(Locale.ROOT));
      else keywordTerms.add(t);
    }
    Set<String> primary = new HashSet<>();
    for (String l : langs) primary.add(primary(l));
    return new PostFilter(
        all,
        Set.copyOf(primary),
        KeywordMatcher.of(keywordTerms),
        Set.copyOf(cashtagTerms),
        keywordTerms.size() + cashtagTerms.size());
  }

  /** Whether nothing can pass: no terms and not {@code --all}. */
  public boolean empty() {
    return !all && termCount == 0;
  }

  /** Why the post is not sent, or {@code null} to send it. */
  public Skip check(Tweet post, List<String> postLangs) {
    if (!langs.isEmpty() && postLangs.stream().noneMatch(l -> langs.contains(primary(l))))
      return Skip.LANGUAGE;
    if (all) return null;
    for (String symbol : post.cashtags()) if (cashtags.contains(symbol)) return null;
    return keywords.find(post.text()).isEmpty() ? Skip.NO_MATCH : null;
  }

  private static String primary(String lang) {
    String l = lang.strip().toLowerCase(Locale.ROOT);
    int dash = l.indexOf('-');
    return dash < 0 ? l : l.substring(0, dash);
  }
}
