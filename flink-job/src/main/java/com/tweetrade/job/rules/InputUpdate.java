package com.tweetrade.job.rules;

import java.util.Map;

/**
 * New values of some rule inputs of one subject (a ticker or a keyword) at one event time.
 *
 * <p>Keys are the rule language's input keys ({@code price:TSLA}, {@code avg:TSLA:15m}, {@code
 * sentiment:tesla:5m}, ...), values in the units rules compare (dollars, percent, shares); {@code
 * NaN} for an input without data (a window without events).
 *
 * @param subject the ticker ({@code TSLA}) or keyword ({@code tesla}, {@code $TSLA}) the values are
 *     about
 * @param eventTime epoch milliseconds the values hold at: the event's time for a tick, the pane end
 *     for a close
 * @param values input key to value
 * @param closed whether the values are of windows the watermark closed (ON CLOSE), not of an
 *     arriving event (ON TICK)
 * @param keyword whether the subject is a keyword (sentiment), not a ticker (prices)
 * @param trigger the id of the event or pane close that produced the values, for trade ids
 * @param newestEventTime time of the subject's newest event the values include (freshness), or
 *     {@link Long#MIN_VALUE} when they include none
 */
public record InputUpdate(
    String subject,
    long eventTime,
    Map<String, Double> values,
    boolean closed,
    boolean keyword,
    String trigger,
    long newestEventTime) {

  /**
   * A close update of a ticker whose newest event is just before {@code eventTime}: what tests
   * build.
   */
  public InputUpdate(String subject, long eventTime, Map<String, Double> values) {
    this(
        subject,
        eventTime,
        values,
        true,
        !subject.equals(subject.toUpperCase(java.util.Locale.ROOT)),
        "close:" + subject + '@' + eventTime,
        eventTime - 1);
  }
}
