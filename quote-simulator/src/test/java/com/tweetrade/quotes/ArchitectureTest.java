package com.tweetrade.quotes;

import com.tweetrade.model.arch.ModuleBoundaryTests;

/** The quote producer keeps to the module boundaries, in its main and test classes. */
class ArchitectureTest extends ModuleBoundaryTests {}
