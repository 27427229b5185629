package com.tweetrade.sentiment;

import com.tweetrade.model.arch.ModuleBoundaryTests;

/**
 * sentiment (VADER and keyword matching, a library the producers and the job use) keeps to the
 * module boundaries, in its main and test classes.
 */
class ArchitectureTest extends ModuleBoundaryTests {}
