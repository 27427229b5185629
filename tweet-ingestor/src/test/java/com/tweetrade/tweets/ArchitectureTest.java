package com.tweetrade.tweets;

import com.tweetrade.model.arch.ModuleBoundaryTests;

/** The tweet producer keeps to the module boundaries, in its main and test classes. */
class ArchitectureTest extends ModuleBoundaryTests {}
