package com.tweetrade.web.backtest;

/** A backtest that was not started: an invalid request, or one of the user's is running already. */
public class BacktestRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BacktestRefusedException(String message) {
    super(message);
  }
}
