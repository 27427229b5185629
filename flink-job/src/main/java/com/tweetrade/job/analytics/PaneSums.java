package com.tweetrade.job.analytics;

import com.tweetrade.job.functions.PriceStats;
import com.tweetrade.job.functions.SentimentStats;
import java.io.Serializable;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.function.SerializableSupplier;

/**
 * How the statistics of one kind of pane add up: an empty sum, and one sum added into another; and
 * their Flink type.
 *
 * <p>The pane aggregators and the windows built from the panes take it, so that they are written
 * once for prices and sentiment. Serializable: the functions that hold it are.
 *
 * @param <S> a pane's statistics
 */
public final class PaneSums<S> implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final PaneSums<PriceStats> PRICE =
      new PaneSums<>(TypeInformation.of(PriceStats.class), PriceStats::new, PriceStats::merge);
  public static final PaneSums<SentimentStats> SENTIMENT =
      new PaneSums<>(
          TypeInformation.of(SentimentStats.class), SentimentStats::new, SentimentStats::merge);

  /** Adds {@code other} into {@code into} and returns {@code into}. */
  public interface Merge<S> extends Serializable {
    S merge(S into, S other);
  }

  private final TypeInformation<S> type;
  private final SerializableSupplier<S> empty;
  private final Merge<S> merge;

  public PaneSums(TypeInformation<S> type, SerializableSupplier<S> empty, Merge<S> merge) {
    this.type = type;
    this.empty = empty;
    this.merge = merge;
  }

  /** The statistics' Flink type, for state that holds them. */
  public TypeInformation<S> type() {
    return type;
  }

  /** A sum of no events. */
  public S empty() {
    return empty.get();
  }

  /** Adds {@code other} into {@code into} and returns {@code into}. */
  public S merge(S into, S other) {
    return merge.merge(into, other);
  }
}
