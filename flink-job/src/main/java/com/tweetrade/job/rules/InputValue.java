package com.tweetrade.job.rules;

/**
 * What a rule holds of one input: the value, when it was computed, and how fresh its data is.
 *
 * @param value in the units rules compare, {@code NaN} for no data
 * @param asOf event time of the update that set it; an older update does not replace it
 * @param newestEventTime time of the newest event of its subject in the value (freshness)
 */
public record InputValue(double value, long asOf, long newestEventTime) {}
