package com.tweetrade.web.backtest;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the web UI runs backtests, bound from {@code tweetrade.backtest.*}.
 *
 * @param command the {@code bin/tweetrade} to run; empty: the project root's (env {@code
 *     TWEETRADE_ROOT}, as {@code bin/tweetrade ui} sets it)
 * @param timeout a backtest still running after this is stopped (bounded work per user)
 * @param javaOptions the backtest JVM's options ({@code TWEETRADE_JAVA_OPTS}): a bounded heap
 */
@ConfigurationProperties(prefix = "tweetrade.backtest")
public record BacktestProperties(
    @Nullable String command,
    @DefaultValue("PT10M") Duration timeout,
    @DefaultValue("-Xmx1g") String javaOptions) {}
