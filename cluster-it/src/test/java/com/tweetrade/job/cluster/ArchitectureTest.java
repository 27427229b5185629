package com.tweetrade.job.cluster;

import com.tweetrade.model.arch.ModuleBoundaryTests;

/**
 * cluster-it (the job on a standalone cluster; a module of tests only) keeps to the module
 * boundaries, in its main and test classes.
 */
class ArchitectureTest extends ModuleBoundaryTests {}
