package com.tweetrade.bench;

import java.util.List;

/**
 * What a bench run measured.
 *
 * @param settings the run's settings
 * @param samples one per second of the measured period
 * @param latency decision and visible latency from each trade's trigger, where every trade went,
 *     and the event-to-trade figures
 * @param jobQuotesPerSecond sustained rate of the job: committed quotes over the run's duration
 * @param rawQuotesPerSecond rate of the plain consumer over the time it needed to read what was
 *     produced
 * @param produced quotes produced in all
 * @param trades trades visible during the measured period
 * @param startupSeconds from job submission to its first committed checkpoint (excluded from the
 *     rates)
 * @param catchUpSeconds then until the job had read what was produced during its start-up (without
 *     a prefill only: latency is measured on a job that keeps up, not on its start-up backlog), or
 *     0
 * @param committedBeforeMeasuring quotes the job had committed when the measurement started
 * @param jobPeakQuotesPerSecond the job's best 5-second rate
 * @param rawPeakQuotesPerSecond the plain consumer's best 5-second rate
 * @param loadAtStart {@code /proc/loadavg} (1, 5, 15 min) when the measured period started
 * @param loadAtEnd the same when it ended
 */
public record BenchResult(
    BenchSettings settings,
    List<Sample> samples,
    LatencyBook.Summary latency,
    double jobQuotesPerSecond,
    double rawQuotesPerSecond,
    long produced,
    long trades,
    double startupSeconds,
    double catchUpSeconds,
    long committedBeforeMeasuring,
    double jobPeakQuotesPerSecond,
    double rawPeakQuotesPerSecond,
    String loadAtStart,
    String loadAtEnd) {}
