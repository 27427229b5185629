package com.tweetrade.web.backtest;

/**
 * What a running backtest reports, on its own thread (a view updates itself in {@code ui.access}).
 * Exactly one of {@link #finished}, {@link #failed} and {@link #cancelled} ends every run.
 */
public interface BacktestListener {
  /** A progress line of the command, without its {@code "backtest: "} prefix. */
  void progress(String line);

  void finished(BacktestResult result);

  /** The command refused the request or failed: its one-line message. */
  void failed(String message);

  void cancelled();
}
