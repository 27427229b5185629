package com.tweetrade.bench;

/**
 * One second of a bench run.
 *
 * @param second seconds since the measurement started
 * @param produced quotes produced so far
 * @param jobQuotes quotes the job has committed (consumer-group offsets, advanced at checkpoints)
 * @param rawQuotes quotes the plain consumer has read so far
 * @param trades trades visible to a read_committed consumer so far
 * @param decisionP50Ms median decision latency of the measured trades received in this second (-1:
 *     none)
 * @param decisionP99Ms 99th percentile of the same
 * @param visibleP99Ms 99th percentile of their visible latency
 * @param benchCores cores kept busy by this JVM (job, producers, consumers) during the second
 * @param benchRssMib resident memory of this JVM
 * @param kafkaRssMib resident memory of the broker (-1: not ours)
 * @param cassandraRssMib resident memory of Cassandra (-1: not ours)
 */
public record Sample(
    long second,
    long produced,
    long jobQuotes,
    long rawQuotes,
    long trades,
    long decisionP50Ms,
    long decisionP99Ms,
    long visibleP99Ms,
    double benchCores,
    double benchRssMib,
    double kafkaRssMib,
    double cassandraRssMib) {}
