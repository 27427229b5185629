package com.tweetrade.job.trading;

/**
 * A user's cash after a fill (job-internal): paper trading sends it to {@link
 * TradingDescriptors#CASH_BALANCES}, the equity step adds it to the market value of the positions.
 *
 * @param userId the owner
 * @param cashCents cash in cents
 * @param time event time of the fill, epoch milliseconds
 */
public record CashBalance(String userId, long cashCents, long time) {}
