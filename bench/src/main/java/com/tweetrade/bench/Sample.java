package com.tweetrade.bench;

/**
 * One second of a bench run.
 *
 * @param second seconds since the job was submitted
 * @param produced quotes produced so far
 * @param jobQuotes quotes the job has committed (consumer-group offsets, advanced at checkpoints)
 * @param rawQuotes quotes the plain consumer has read so far
 * @param trades trades visible to a read_committed consumer so far
 * @param latencyP50Ms median visible latency of the trades that became visible in this second (-1: none)
 * @param latencyP99Ms 99th percentile of the same
 * @param benchCores cores kept busy by this JVM (job, producers, consumers) during the second
 * @param benchRssMib resident memory of this JVM
 * @param kafkaRssMib resident memory of the broker (-1: not ours)
 * @param cassandraRssMib resident memory of Cassandra (-1: not ours)
 */
public record Sample(long second, long produced, long jobQuotes, long rawQuotes, long trades, long latencyP50Ms,
    long latencyP99Ms, double benchCores, double benchRssMib, double kafkaRssMib, double cassandraRssMib) {}
