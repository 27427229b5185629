package com.tweetrade.stack;

import com.tweetrade.model.arch.ModuleBoundaryTests;

/**
 * stack (the launcher of Kafka, Cassandra and Flink for up and the tests) keeps to the module
 * boundaries, in its main and test classes.
 */
class ArchitectureTest extends ModuleBoundaryTests {}
