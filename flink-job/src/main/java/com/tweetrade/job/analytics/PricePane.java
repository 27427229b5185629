package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.PriceStats;

/**
 * The statistics of one ticker over one pane, i.e. one short tumbling window.
 *
 * @param ticker the symbol
 * @param paneEnd epoch milliseconds, exclusive end of the pane
 * @param stats the pane's statistics
 */
public record PricePane(String ticker, long paneEnd, PriceStats stats)
    implements Pane<PriceStats> {}
