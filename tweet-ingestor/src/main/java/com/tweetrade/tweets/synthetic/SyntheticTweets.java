package com.tweetrade.tweets.synthetic;

import com.tweetrade.model.Tweet;
import com.tweetrade.tweets.Snowflake;
import com.tweetrade.tweets.TimeSource;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Generates tweets about chosen tickers and keywords, positive or negative by a chosen bias.
 *
 * <p>{@code sentiment} in [-1, 1] sets the share of positive templates to {@code (1 + s) / 2}; the
 * rest are negative (so 0 is half and half, 1 all positive). It is a bias, not the score a
 * sentiment analyser will give: the templates use plain words VADER knows ("great", "crash"). Same
 * seed and same clock readings give the same tweets. Ids are snowflakes of the event time with a
 * per-generator sequence in the low bits, so they are unique and grow with time.
 */
public final class SyntheticTweets implements Supplier<Tweet> {
  static final List<String> POSITIVE =
      List.of(
          "%s is looking great today, buying more %s",
          "Love the new product from %s! %s to the moon",
          "Strong earnings beat for %s, very bullish on %s",
          "%s rally is amazing, glad I hold %s",
          "Excellent guidance from %s, %s upgraded to buy");
  static final List<String> NEGATIVE =
      List.of(
          "%s is a disaster, selling all my %s",
          "Terrible quarter for %s, %s will crash",
          "Worried about %s, bad news keeps coming for %s",
          "%s missed badly, very bearish on %s",
          "Awful guidance from %s, %s downgraded to sell");
  private static final List<String> AUTHORS =
      List.of("synthetic_trader", "demo_bull", "demo_bear", "tape_reader");

  private final List<String> tickers;
  private final List<String> keywords;
  private final double positiveShare;
  private final Random random;
  private final TimeSource time;
  private long sequence;

  /**
   * @param tickers symbols without {@code $}, at least one
   * @param keywords words such as {@code tesla} that rules match with {@code sentiment("tesla",
   *     ..)}; may be empty, then the ticker is the subject
   */
  public SyntheticTweets(
      List<String> tickers, List<String> keywords, double sentiment, long seed, TimeSource time) {
    if (tickers.isEmpty()) throw new IllegalArgumentException("give at least one ticker");
    if (!(sentiment >= -1 && sentiment <= 1))
      throw new IllegalArgumentException("sentiment must be in [-1, 1], was " + sentiment);
    this.tickers = tickers.stream().map(t -> t.replace("$", "").toUpperCase(Locale.ROOT)).toList();
    this.keywords = List.copyOf(keywords);
    this.positiveShare = (1 + sentiment) / 2;
    this.random = new Random(seed);
    this.time = time;
  }

  @Override
  public Tweet get() {
    int pick = random.nextInt(tickers.size());
    String ticker = tickers.get(pick);
    String subject = keywords.isEmpty() ? ticker : keywords.get(pick % keywords.size());
    boolean positive = random.nextDouble() < positiveShare;
    List<String> templates = positive ? POSITIVE : NEGATIVE;
    String text =
        String.format(templates.get(random.nextInt(templates.size())), subject, "$" + ticker);
    String hashtag = positive ? "bullish" : "bearish";
    int author = random.nextInt(AUTHORS.size());
    long now = time.millis();
    return new Tweet(
        Snowflake.id(now, sequence++),
        text + " #" + hashtag,
        now,
        1000 + author,
        AUTHORS.get(author),
        100 + random.nextInt(10_000),
        "en",
        List.of(ticker),
        List.of(hashtag),
        false,
        null,
        Tweet.SOURCE_SYNTHETIC);
  }
}
