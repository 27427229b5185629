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

  /** Reasons quote the input (an unknown 1 MB ticker, say): cut them too. */
  public static final int MAX_REASON_CHARS = 1024;

  /** Source and position are short by nature; the cap only guards against hostile input. */
  public static final int MAX_LABEL_CHARS = 256;

  /**
   * A dead letter whose every field is cut to its cap, so that even JSON-escaped (at most six bytes
   * a char) it stays well below Kafka's default 1 MB record limit, whatever the input was.
   */
  public static DeadLetter of(
      String source, String reason, String payload, String position, long time) {
    return new DeadLetter(
        cut(source, MAX_LABEL_CHARS),
        cut(reason, MAX_REASON_CHARS),
        cut(payload, MAX_PAYLOAD_CHARS),
        cut(position, MAX_LABEL_CHARS),
        time);
  }

  private static String cut(String text, int max) {
    String kept = text == null ? "" : text;
    if (kept.length() <= max) return kept;
    return kept.substring(0, max) + "…[cut " + (kept.length() - max) + " chars]";
  }
}
