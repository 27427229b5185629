package com.tweetrade.job.analytics;

import java.io.Serializable;
import org.apache.flink.api.common.functions.AggregateFunction;

/**
 * Folds the events of one key and pane into statistics {@code S}, one event at a time.
 *
 * <p>Subclasses name the types ({@link PricePaneAggregator}, {@link SentimentPaneAggregator}), so
 * that Flink finds the accumulator type without being told.
 *
 * @param <E> the event
 * @param <S> a pane's statistics, the accumulator and the result
 */
public abstract class PaneAggregator<E, S> implements AggregateFunction<E, S, S> {
  private static final long serialVersionUID = 1L;

  /** Adds one event into the statistics and returns them. */
  public interface Add<E, S> extends Serializable {
    S add(S stats, E event);
  }

  private final PaneSums<S> sums;
  private final Add<E, S> add;

  protected PaneAggregator(PaneSums<S> sums, Add<E, S> add) {
    this.sums = sums;
    this.add = add;
  }

  @Override
  public S createAccumulator() {
    return sums.empty();
  }

  @Override
  public S add(E event, S acc) {
    return add.add(acc, event);
  }

  @Override
  public S getResult(S acc) {
    return acc;
  }

  @Override
  public S merge(S a, S b) {
    return sums.merge(a, b);
  }
}
