package com.tweetrade.model;

/**
 * A record that could not be used, kept with the reason so that nothing is lost silently.
 *
 * @param source who rejected it, e.g. {@code flink-job/quotes} or {@code tweet-ingestor/replay}
 * @param reason what is wrong, in plain words
 * @param payload the original bytes as text (invalid UTF-8 replaced), cut to a bounded length
 * @param position where it came from: {@code topic-partition@offset}, {@code file:line}, …
 * @param time epoch milliseconds when it was rejected
 */
public record DeadLetter(String source, String reason, String payload, String position, long time) {

  /** Payloads longer than this are cut, so one huge record cannot clog the dead-letter topic. */
  public static final int MAX_PAYLOAD_CHARS = 64 * 1024;

  public static DeadLetter of(String source, String reason, String payload, String position, long time) {
    String kept = payload == null ? "" : payload;
    if (kept.length() > MAX_PAYLOAD_CHARS) {
      kept = kept.substring(0, MAX_PAYLOAD_CHARS) + "…[cut " + (kept.length() - MAX_PAYLOAD_CHARS) + " chars]";
    }
    return new DeadLetter(source, reason, kept, position, time);
  }
}
