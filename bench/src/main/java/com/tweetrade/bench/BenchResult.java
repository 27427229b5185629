package com.tweetrade.bench;

import java.util.List;

/**
 * What a bench run measured.
 *
 * @param settings the run's settings
 * @param samples one per second
 * @param appendLatency trade's LogAppendTime minus its event time, per trade (ms)
 * @param visibleLatency read_committed receive time minus event time, per trade (ms)
 * @param jobQuotesPerSecond sustained rate of the job: committed quotes over the run's duration
 * @param rawQuotesPerSecond rate of the plain consumer over the time it needed to read what was produced
 * @param produced quotes produced in all
 * @param trades trades visible during the measured period
 * @param startupSeconds from job submission to its first committed checkpoint (excluded from the rates)
 * @param committedBeforeMeasuring quotes the job had committed when the measurement started
 * @param jobPeakQuotesPerSecond the job's best 5-second rate
 * @param rawPeakQuotesPerSecond the plain consumer's best 5-second rate
 */
public record BenchResult(BenchSettings settings, List<Sample> samples, Percentiles appendLatency,
    Percentiles visibleLatency, double jobQuotesPerSecond, double rawQuotesPerSecond, long produced, long trades,
    double startupSeconds, long committedBeforeMeasuring,
    double jobPeakQuotesPerSecond, double rawPeakQuotesPerSecond) {}
