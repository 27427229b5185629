package com.tweetrade.job.analytics;

import com.tweetrade.model.Tweet;

/** A tweet is usable when {@link Tweet#problem()} finds nothing wrong (id, text, time). */
public class TweetCheck implements EventCheck<Tweet> {
  private static final long serialVersionUID = 1L;

  @Override
  public String problem(Tweet tweet) {
    return tweet.problem();
  }
}
