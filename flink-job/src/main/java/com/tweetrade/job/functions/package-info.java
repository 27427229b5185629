/**
 * State types whose class names savepoints hold: a POJO serializer's snapshot names its class, so
 * these stay in the package they were first deployed in, and savepoints of earlier versions still
 * restore ({@code RuleStateVersioningIT}). The code that uses them is in {@code analytics} (panes,
 * windows, keyword fan-out) and {@code rules}; new state types go beside their feature.
 */
package com.tweetrade.job.functions;
