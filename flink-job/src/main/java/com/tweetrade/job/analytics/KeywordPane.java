package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.SentimentStats;

/**
 * The sentiment of one keyword over one pane, i.e. one short tumbling window.
 *
 * @param keyword lower-case keyword or {@code $TICKER}
 * @param paneEnd epoch milliseconds, exclusive end of the pane
 * @param stats the pane's statistics
 */
public record KeywordPane(String keyword, long paneEnd, SentimentStats stats)
    implements Pane<SentimentStats> {}
