package com.tweetrade.job.functions;

import java.util.List;

/**
 * A tweet with its VADER and finance-model compound scores, computed once before the keyword
 * fan-out.
 *
 * @param id tweet id
 * @param createdAt event time, epoch milliseconds
 * @param text the text keywords are searched in
 * @param cashtags symbols from the tweet's entities, without {@code $}
 * @param compound VADER compound score in [-1, 1]
 * @param financeCompound the finance model's compound score in [-1, 1] ({@code fsentiment} in
 *     rules)
 */
public record ScoredTweet(
    long id,
    long createdAt,
    String text,
    List<String> cashtags,
    double compound,
    double financeCompound) {}
