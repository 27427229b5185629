package com.tweetrade.job.functions;

/**
 * Where a subject's live windows stand: the newest pane, the newest event and how many events of
 * the newest millisecond came before (so each event gets a distinct, replayable trigger id).
 *
 * <p>A mutable POJO so Flink serializes it without Kryo.
 */
public class LiveCursor {
  /** End of the newest pane that holds an event, epoch ms; 0 before the first event. */
  public long latestPaneEnd;

  /** Event time of the newest event. */
  public long newestEventTime = Long.MIN_VALUE;

  /** Event time of the last event seen, in arrival order. */
  public long lastEventTime = Long.MIN_VALUE;

  /** Index of the last event among the events of {@link #lastEventTime}, in arrival order. */
  public int sameMillisIndex;

  public LiveCursor() {}
}
