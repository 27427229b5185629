package com.tweetrade.tweets.replay;

import com.tweetrade.model.Tweet;
import com.tweetrade.tweets.StatusMapper;
import twitter4j.TwitterException;
import twitter4j.TwitterObjectFactory;

/** Parses one Twitter v1.1 JSON line with twitter4j's own factory into a {@link Tweet}. */
public final class LineParser {
  private LineParser() {}

  /** The tweet of a line, or why the line is not one. */
  public record Parsed(Tweet tweet, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  public static Parsed parse(String line) {
    try {
      Tweet tweet =
          StatusMapper.toTweet(TwitterObjectFactory.createStatus(line), Tweet.SOURCE_REPLAY);
      String problem = tweet.problem();
      return problem == null ? new Parsed(tweet, null) : new Parsed(null, problem);
    } catch (TwitterException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      return new Parsed(null, "not Twitter v1.1 JSON: " + cause.getMessage());
    } catch (RuntimeException e) {
      // twitter4j throws unchecked exceptions for some shapes (e.g. a number where an object is
      // due)
      return new Parsed(null, "not a tweet: " + e);
    }
  }
}
