package com.tweetrade.job.backtest;

import com.tweetrade.job.JobSettings;
import com.tweetrade.model.Quote;
import com.tweetrade.model.Tweet;
import java.util.List;

/**
 * What a backtest replays: quotes and posts in event-time order, as the job would read them.
 *
 * @param quotes every quote of the range, sorted by event time
 * @param tweets every post of the range, sorted by event time
 * @param settings how the job runs over it: the source's pane, the windows it can serve, how long
 *     one of its prices is good for
 */
public record History(List<Quote> quotes, List<Tweet> tweets, JobSettings settings) {
  public History {
    quotes = List.copyOf(quotes);
    tweets = List.copyOf(tweets);
  }
}
