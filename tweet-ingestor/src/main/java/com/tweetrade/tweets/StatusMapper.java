package com.tweetrade.tweets;

import com.tweetrade.model.Tweet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import twitter4j.HashtagEntity;
import twitter4j.Status;
import twitter4j.SymbolEntity;
import twitter4j.User;

/**
 * Turns a twitter4j {@link Status} (live or parsed from a recorded line) into TweeTrade's {@link
 * Tweet}.
 *
 * <p>twitter4j already decodes the HTML entities of its table ({@code &amp;}, {@code &lt;}, {@code
 * &gt;}, {@code &quot;} and the other HTML 4 names and their numeric forms) in {@code getText()},
 * in one pass over the raw text. It does not know {@code &#39;} and {@code &apos;}, so those are
 * decoded here, after twitter4j's pass. So a raw {@code &amp;#39;} also becomes {@code '}: real
 * news feeds double-escape apostrophes that way ("Today&amp;#39;s" in the StockNet sample), and the
 * apostrophe is what they mean.
 */
public final class StatusMapper {
  private StatusMapper() {}

  /**
   * @param source the tweet's {@link Tweet#source()}: {@link Tweet#SOURCE_REPLAY} or {@link
   *     Tweet#SOURCE_TWITTER}
   */
  public static Tweet toTweet(Status status, String source) {
    User user = status.getUser();
    Status original = status.getRetweetedStatus();
    return new Tweet(
        status.getId(),
        decodeApostrophes(status.getText()),
        status.getCreatedAt() == null ? 0L : status.getCreatedAt().getTime(),
        user == null ? 0L : user.getId(),
        user == null ? null : user.getScreenName(),
        user == null ? 0 : user.getFollowersCount(),
        status.getLang(),
        cashtags(status.getSymbolEntities()),
        hashtags(status.getHashtagEntities()),
        original != null,
        original == null ? null : original.getId(),
        source);
  }

  static String decodeApostrophes(String text) {
    if (text == null || text.indexOf('&') < 0) return text;
    return text.replace("&#39;", "'").replace("&apos;", "'");
  }

  private static List<String> cashtags(SymbolEntity[] symbols) {
    List<String> out = new ArrayList<>(symbols == null ? 0 : symbols.length);
    if (symbols == null) return out;
    for (SymbolEntity s : symbols) {
      String tag = s.getText().toUpperCase(Locale.ROOT);
      if (!out.contains(tag)) out.add(tag);
    }
    return out;
  }

  private static List<String> hashtags(HashtagEntity[] tags) {
    List<String> out = new ArrayList<>(tags == null ? 0 : tags.length);
    if (tags == null) return out;
    for (HashtagEntity h : tags) {
      if (!out.contains(h.getText())) out.add(h.getText());
    }
    return out;
  }
}
