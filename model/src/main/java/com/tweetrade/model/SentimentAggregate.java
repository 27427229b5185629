package com.tweetrade.model;

/**
 * Sentiment of the tweets that mention one keyword or cashtag over one window.
 *
 * @param keyword lower-case keyword, or a cashtag as {@code $TSLA}
 * @param window the window label, e.g. {@code 5m}
 * @param windowEnd epoch milliseconds, exclusive end of the window
 * @param meanCompound mean VADER compound score in [-1, 1]
 * @param count number of tweets
 * @param sharePositive share of tweets with compound &gt;= 0.05
 * @param shareNegative share of tweets with compound &lt;= -0.05
 */
public record SentimentAggregate(
    String keyword,
    String window,
    long windowEnd,
    double meanCompound,
    long count,
    double sharePositive,
    double shareNegative) {}
