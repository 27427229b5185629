package com.tweetrade.job.analytics;

/**
 * One tracked keyword or cashtag mentioned by one tweet: the unit the sentiment windows count.
 *
 * @param keyword lower-case keyword, or {@code $TICKER} for a cashtag
 * @param compound the tweet's compound score
 * @param financeCompound the tweet's finance-model compound score
 * @param tweetId the tweet, for tracing
 */
public record KeywordMention(
    String keyword, double compound, double financeCompound, long tweetId) {}
