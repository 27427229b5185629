package com.tweetrade.notifier;

import com.tweetrade.model.arch.ModuleBoundaryTests;

/** The notifier keeps to the module boundaries, in its main and test classes. */
class ArchitectureTest extends ModuleBoundaryTests {}
