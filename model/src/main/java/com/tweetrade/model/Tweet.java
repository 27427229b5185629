package com.tweetrade.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One tweet as TweeTrade sees it, whichever source it came from (live, replay, synthetic, Bluesky).
 *
 * <p>{@code source} came later: tweets written before it have none and read with {@code null}
 * ({@link JsonCodec} fills it in), and a tweet without a source is written without the field, so
 * such records keep their old bytes.
 *
 * @param id the tweet id
 * @param text full text with HTML entities decoded
 * @param createdAt epoch milliseconds; the event time and the Kafka record timestamp
 * @param authorId the user id of the author
 * @param authorName the author's screen name
 * @param followers the author's follower count
 * @param lang BCP 47 language code as Twitter reports it, or {@code null}
 * @param cashtags upper-case symbols from the entities, without {@code $}
 * @param hashtags hashtags from the entities, without {@code #}
 * @param retweet whether this is a retweet
 * @param retweetedId id of the original tweet when {@code retweet}, else {@code null}
 * @param source where it came from: {@link #SOURCE_TWITTER}, {@link #SOURCE_REPLAY}, {@link
 *     #SOURCE_SYNTHETIC}, {@link #SOURCE_BLUESKY}; {@code null} when unknown (older records)
 */
public record Tweet(
    long id,
    String text,
    long createdAt,
    long authorId,
    String authorName,
    int followers,
    String lang,
    List<String> cashtags,
    List<String> hashtags,
    boolean retweet,
    Long retweetedId,
    @JsonInclude(JsonInclude.Include.NON_NULL) String source) {

  public static final String SOURCE_TWITTER = "twitter";
  public static final String SOURCE_REPLAY = "replay";
  public static final String SOURCE_SYNTHETIC = "synthetic";
  public static final String SOURCE_BLUESKY = "bluesky";

  public Tweet {
    cashtags = cashtags == null ? List.of() : List.copyOf(cashtags);
    hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
  }

  /** A tweet of unknown source, as written before the field existed. */
  public Tweet(
      long id,
      String text,
      long createdAt,
      long authorId,
      String authorName,
      int followers,
      String lang,
      List<String> cashtags,
      List<String> hashtags,
      boolean retweet,
      Long retweetedId) {
    this(
        id,
        text,
        createdAt,
        authorId,
        authorName,
        followers,
        lang,
        cashtags,
        hashtags,
        retweet,
        retweetedId,
        null);
  }

  /** This tweet with {@code source} set. */
  public Tweet withSource(String source) {
    return new Tweet(
        id,
        text,
        createdAt,
        authorId,
        authorName,
        followers,
        lang,
        cashtags,
        hashtags,
        retweet,
        retweetedId,
        source);
  }

  /** Returns why this tweet cannot be used, or {@code null} when it is valid. */
  public String problem() {
    if (id <= 0) return "tweet id must be positive, was " + id;
    if (text == null || text.isBlank()) return "tweet has no text";
    if (createdAt <= 0) return "created_at must be positive, was " + createdAt;
    return null;
  }
}
