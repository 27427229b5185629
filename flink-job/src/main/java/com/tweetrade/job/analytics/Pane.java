package com.tweetrade.job.analytics;

/**
 * The statistics of one key over one pane, i.e. one short tumbling window: what the windows built
 * from panes read of {@link PricePane} and {@link KeywordPane}.
 *
 * @param <S> the pane's statistics
 */
public interface Pane<S> {
  /** Epoch milliseconds, exclusive end of the pane. */
  long paneEnd();

  S stats();
}
