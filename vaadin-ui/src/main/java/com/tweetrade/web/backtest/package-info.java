/**
 * Backtests of a rule draft from the web UI: {@code bin/tweetrade backtest} as a child process (the
 * UI never embeds Flink), one per user, its progress, cancel, and its report read back.
 */
@NullMarked
package com.tweetrade.web.backtest;

import org.jspecify.annotations.NullMarked;
