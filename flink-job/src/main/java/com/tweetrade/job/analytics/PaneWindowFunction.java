package com.tweetrade.job.analytics;

import java.io.Serializable;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * Labels a pane's pre-aggregated statistics with its key and end time.
 *
 * <p>Subclasses name the types ({@link PricePaneWindowFunction}, {@link
 * SentimentPaneWindowFunction}), so that Flink finds the output type without being told.
 *
 * @param <S> a pane's statistics
 * @param <P> the labelled pane
 */
public abstract class PaneWindowFunction<S, P extends Pane<S>>
    extends ProcessWindowFunction<S, P, String, TimeWindow> {
  private static final long serialVersionUID = 1L;

  /** The pane of {@code key} that ends at {@code paneEnd} (a pane record's constructor). */
  public interface Label<S, P> extends Serializable {
    P pane(String key, long paneEnd, S stats);
  }

  private final Label<S, P> label;

  protected PaneWindowFunction(Label<S, P> label) {
    this.label = label;
  }

  @Override
  public void process(String key, Context ctx, Iterable<S> stats, Collector<P> out) {
    // The incremental aggregate leaves exactly one element per pane.
    for (S s : stats) out.collect(label.pane(key, ctx.window().getEnd(), s));
  }
}
