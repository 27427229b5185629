package com.tweetrade.job;

import com.tweetrade.job.analytics.EventTimeLimit;
import com.tweetrade.job.analytics.PaneWindows;
import com.tweetrade.job.config.JobConfig;
import com.tweetrade.job.trading.RiskLimits;
import com.tweetrade.model.WindowSet;
import com.tweetrade.model.tickers.TickerDirectory;
import java.time.Duration;

/**
 * What the job's graph depends on besides its inputs.
 *
 * @param pane length of the panes the windows are built from
 * @param limits the paper-trading risk limits
 * @param priceStaleness a price older than this (event time) is not traded on
 * @param tickers the tickers rules may use, or null to accept any well-formed symbol
 * @param eventTimeLimit how far ahead of the wall clock an input's event time may be
 * @param windows the windows computed from the panes, for the stored aggregates and the rules; a
 *     rule reading another window is refused as one that does not compile
 * @param replay the inputs are history read faster than real time (a backtest): a market order
 *     waits until event time passes it and takes the newest quote at or before it, never one the
 *     replay read ahead
 */
public record JobSettings(
    Duration pane,
    RiskLimits limits,
    Duration priceStaleness,
    TickerDirectory tickers,
    EventTimeLimit eventTimeLimit,
    WindowSet windows,
    boolean replay) {

  /**
   * A price is good for a minute of event time: quotes of a trading ticker come every second or so.
   */
  public static final Duration DEFAULT_PRICE_STALENESS = Duration.ofSeconds(60);

  /** The settings of {@code config}, with the standard ticker directory. */
  public static JobSettings of(JobConfig config) {
    return new JobSettings(
        config.pane(),
        config.rules().limits(),
        DEFAULT_PRICE_STALENESS,
        TickerDirectory.standard(),
        EventTimeLimit.of(config.maxAhead()),
        WindowSet.LIVE,
        false);
  }

  /** 10 s panes, the live windows, default limits and staleness, with {@code tickers}. */
  public static JobSettings defaults(TickerDirectory tickers) {
    return new JobSettings(
        Duration.ofSeconds(10),
        RiskLimits.DEFAULT,
        DEFAULT_PRICE_STALENESS,
        tickers,
        EventTimeLimit.of(EventTimeLimit.DEFAULT_MAX_AHEAD),
        WindowSet.LIVE,
        false);
  }

  public JobSettings withLimits(RiskLimits riskLimits) {
    return new JobSettings(
        pane, riskLimits, priceStaleness, tickers, eventTimeLimit, windows, replay);
  }

  /** These settings for a replay of history ({@link #replay}) computing {@code windows}. */
  public JobSettings asReplay(WindowSet windows) {
    return new JobSettings(pane, limits, priceStaleness, tickers, eventTimeLimit, windows, true);
  }

  /** The pane arithmetic of {@link #pane} and {@link #windows}. */
  public PaneWindows panes() {
    return new PaneWindows(pane, windows);
  }
}
