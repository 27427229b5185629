package com.tweetrade.job.backtest;

import com.tweetrade.model.Quote;
import com.tweetrade.model.Tweet;
import java.util.List;

/**
 * What a backtest replays: quotes and posts in event-time order, as the job would read them.
 *
 * @param quotes every quote of the range, sorted by event time
 * @param tweets every post of the range, sorted by event time
 * @param granularityMs the spacing of the source's prices (a day for daily closes): windows shorter
 *     than this cannot be served from it
 */
public record History(List<Quote> quotes, List<Tweet> tweets, long granularityMs) {
  public History {
    quotes = List.copyOf(quotes);
    tweets = List.copyOf(tweets);
  }
}
