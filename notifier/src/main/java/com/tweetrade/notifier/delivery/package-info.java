/**
 * One alert to one webhook: the signed POST, the retry schedule and the outcome of each attempt.
 */
package com.tweetrade.notifier.delivery;
