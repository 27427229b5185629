package com.tweetrade.model;

/**
 * Price statistics of one ticker over one window ending at {@code windowEnd}.
 *
 * @param ticker the symbol
 * @param window the window label, e.g. {@code 5m}
 * @param windowEnd epoch milliseconds, exclusive end of the window
 * @param avgCents mean trade price in cents
 * @param vwapCents volume-weighted average price in cents
 * @param minCents lowest price in cents
 * @param maxCents highest price in cents
 * @param lastCents the last price in the window, in cents
 * @param count number of quotes
 * @param volume shares traded
 */
public record PriceAggregate(
    String ticker,
    String window,
    long windowEnd,
    double avgCents,
    double vwapCents,
    long minCents,
    long maxCents,
    long lastCents,
    long count,
    long volume) {}
