package com.tweetrade.job.analytics;

/**
 * One input record after decoding at the source: the event, or why it could not be decoded.
 *
 * <p>Decoding happens in the Kafka deserializer so that the watermark strategy, which runs per
 * Kafka partition inside the source, sees each event's own time. The router functions then send
 * {@code error} records to the dead-letter side output; the deserializer itself never throws.
 *
 * @param value the event, or {@code null} when {@code error} is set
 * @param error why the record is unusable, or {@code null}
 * @param payload the original text, kept only when {@code error} is set
 * @param position {@code topic-partition@offset}
 * @param eventTime the event's own time, or {@link Long#MIN_VALUE} for errors so they never move
 *     event time
 */
public record Decoded<T>(T value, String error, String payload, String position, long eventTime) {

  public static <T> Decoded<T> ok(T value, String position, long eventTime) {
    return new Decoded<>(value, null, null, position, eventTime);
  }

  public static <T> Decoded<T> failed(String error, String payload, String position) {
    return new Decoded<>(null, error, payload, position, Long.MIN_VALUE);
  }

  public boolean isOk() {
    return error == null;
  }
}
