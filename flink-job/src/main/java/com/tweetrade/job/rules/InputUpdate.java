package com.tweetrade.job.rules;

import java.util.Map;

/**
 * New values of some rule inputs of one subject (a ticker or a keyword) at one event time.
 *
 * <p>Keys are the rule language's input keys ({@code price:TSLA}, {@code avg:TSLA:15m},
 * {@code sentiment:tesla:5m}, ...), values in the units rules compare (dollars, percent, shares).
 *
 * @param subject the ticker ({@code TSLA}) or keyword ({@code tesla}, {@code $TSLA}) the values are about
 * @param eventTime epoch milliseconds the values hold at: the end of the aggregate's window
 * @param values input key to value
 */
public record InputUpdate(String subject, long eventTime, Map<String, Double> values) {}
