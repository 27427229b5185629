package com.tweetrade.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Malformed quote and tweet records of many kinds, each one the job must dead-letter.
 *
 * <p>Kinds: truncated JSON, wrong types, huge payloads (300 KB), invalid UTF-8, NaN and negative
 * prices, unknown tickers, missing fields, not JSON at all, empty records, JSON arrays.
 */
public final class MalformedEvents {
  /** One malformed record: which topic it goes to, its kind and its bytes. */
  public record Event(boolean quote, String kind, byte[] value) {}

  static final List<String> KINDS =
      List.of(
          "truncated-json",
          "wrong-type",
          "huge",
          "invalid-utf8",
          "nan-price",
          "negative-price",
          "unknown-ticker",
          "missing-field",
          "not-json",
          "empty",
          "json-array",
          "tweet-wrong-type",
          "tweet-truncated");

  private final SplittableRandom random;
  private final String valid;

  public MalformedEvents(long seed) {
    this.random = new SplittableRandom(seed);
    this.valid =
        "{\"ticker\":\"TSLA\",\"priceCents\":25000,\"size\":10,\"bidCents\":24990,\"askCents\":25010,"
            + "\"eventTime\":"
            + BenchSettings.HISTORICAL_START
            + "}";
  }

  /** The {@code i}-th event; kinds in round robin so every kind appears about equally. */
  public Event next(int i) {
    String kind = KINDS.get(i % KINDS.size());
    return switch (kind) {
      case "truncated-json" ->
          quote(kind, valid.substring(0, 1 + random.nextInt(valid.length() - 2)));
      case "wrong-type" -> quote(kind, valid.replace("25000", "\"twenty-five\""));
      case "huge" -> quote(kind, valid.replace("TSLA", "X".repeat(300_000)));
      case "invalid-utf8" -> new Event(true, kind, invalidUtf8());
      case "nan-price" -> quote(kind, valid.replace("25000", "NaN"));
      case "negative-price" ->
          quote(kind, valid.replace("25000", "-" + (1 + random.nextInt(100_000))));
      case "unknown-ticker" ->
          quote(
              kind,
              valid.replace(
                  "TSLA",
                  "ZZ" + Integer.toString(random.nextInt(1 << 20), 36).toUpperCase() + "Q9"));
      case "missing-field" ->
          quote(kind, valid.replace(",\"eventTime\":" + BenchSettings.HISTORICAL_START, ""));
      case "not-json" -> quote(kind, "quote TSLA 250.00 at noon " + random.nextInt());
      case "empty" -> new Event(true, kind, new byte[0]);
      case "json-array" -> quote(kind, "[" + valid + "]");
      case "tweet-wrong-type" ->
          new Event(
              false,
              kind,
              ("{\"id\":\"abc\",\"text\":42,\"createdAt\":\"yesterday\"}")
                  .getBytes(StandardCharsets.UTF_8));
      default ->
          new Event(
              false, kind, "{\"id\":1,\"text\":\"Tesla is gre".getBytes(StandardCharsets.UTF_8));
    };
  }

  private Event quote(String kind, String json) {
    return new Event(true, kind, json.getBytes(StandardCharsets.UTF_8));
  }

  private byte[] invalidUtf8() {
    byte[] head = "{\"ticker\":\"TS".getBytes(StandardCharsets.UTF_8);
    byte[] tail =
        "LA\",\"priceCents\":1,\"size\":1,\"bidCents\":1,\"askCents\":1,\"eventTime\":1}"
            .getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, out, 0, head.length);
    out[head.length] = (byte) 0xC3; // a lead byte followed by a byte that cannot continue it
    out[head.length + 1] = (byte) 0x28;
    System.arraycopy(tail, 0, out, head.length + 2, tail.length);
    return out;
  }
}
