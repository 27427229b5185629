package com.tweetrade.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonCodecTest {
  private static final long NOON = 1_425_297_600_000L; // 2015-03-02T12:00:00Z

  /** A tweet with cashtags and hashtags, and no source (written before the field). */
  private static final Tweet TWEET =
      new Tweet(
          42,
          "$TSLA & friends",
          NOON,
          7,
          "elon",
          1000,
          "en",
          List.of("TSLA"),
          List.of("ev"),
          false,
          null);

  @Test
  void shouldRoundTripAQuote() throws Exception {
    Quote quote = new Quote("TSLA", 20_012, 100, 20_010, 20_015, NOON);

    byte[] json = JsonCodec.QUOTE.encode(quote);

    assertThat(new String(json, StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"ticker\":\"TSLA\",\"priceCents\":20012,\"size\":100,\"bidCents\":20010,"
                + "\"askCents\":20015,\"eventTime\":1425297600000}");
    assertThat(JsonCodec.QUOTE.decode(json)).isEqualTo(quote);
  }

  @Test
  void shouldRoundTripATweetWithEntities() throws Exception {
    assertThat(JsonCodec.TWEET.decode(JsonCodec.TWEET.encode(TWEET))).isEqualTo(TWEET);
  }

  @Test
  void shouldRoundTripATweetWithItsSource() throws Exception {
    Tweet tweet =
        new Tweet(
            42,
            "$TSLA up",
            NOON,
            7,
            "did:plc:abc",
            0,
            "en",
            List.of("TSLA"),
            List.of(),
            false,
            null,
            Tweet.SOURCE_BLUESKY);

    assertThat(JsonCodec.TWEET.encodeToString(tweet)).endsWith(",\"source\":\"bluesky\"}");
    assertThat(JsonCodec.TWEET.decode(JsonCodec.TWEET.encode(tweet))).isEqualTo(tweet);
  }

  @Test
  void shouldReadATweetWrittenBeforeTheSourceFieldAsBefore() throws Exception {
    String old =
        "{\"id\":42,\"text\":\"$TSLA & friends\",\"createdAt\":1425297600000,\"authorId\":7,"
            + "\"authorName\":\"elon\",\"followers\":1000,\"lang\":\"en\",\"cashtags\":[\"TSLA\"],"
            + "\"hashtags\":[\"ev\"],\"retweet\":false,\"retweetedId\":null}";

    Tweet tweet = JsonCodec.TWEET.decode(old);

    assertThat(tweet).isEqualTo(TWEET);
    assertThat(tweet.source()).isNull();
    // a tweet without a source is written in the old shape, byte for byte
    assertThat(JsonCodec.TWEET.encodeToString(tweet)).isEqualTo(old);
  }

  @Test
  void shouldStillRefuseATweetMissingAnOlderField() {
    assertThatThrownBy(
            () -> JsonCodec.TWEET.decode("{\"id\":42,\"text\":\"hi\",\"source\":\"bluesky\"}"))
        .isInstanceOf(MalformedEventException.class);
  }

  @Test
  void shouldWriteTradeExplanationsInKeyOrderSoReplaysAreByteEqual() {
    Trade a = trade(Map.of("price:TSLA", 200.0, "avg:TSLA:15m", 210.0, "sentiment:tesla:5m", 0.5));
    Trade b = trade(Map.of("sentiment:tesla:5m", 0.5, "price:TSLA", 200.0, "avg:TSLA:15m", 210.0));

    assertThat(JsonCodec.TRADE.encode(a)).isEqualTo(JsonCodec.TRADE.encode(b));
    assertThat(JsonCodec.TRADE.encodeToString(a))
        .contains("{\"avg:TSLA:15m\":210.0,\"price:TSLA\"");
  }

  @Test
  void shouldRejectMalformedJsonWithAReason() {
    assertThatThrownBy(() -> JsonCodec.QUOTE.decode("{\"ticker\":\"TSLA\",\"priceCents\":"))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageStartingWith("not a valid Quote");
  }

  @Test
  void shouldRejectWrongTypesAndMissingFields() {
    assertThatThrownBy(
            () ->
                JsonCodec.QUOTE.decode(
                    "{\"ticker\":\"TSLA\",\"priceCents\":\"cheap\",\"size\":1,"
                        + "\"bidCents\":1,\"askCents\":1,\"eventTime\":1}"))
        .isInstanceOf(MalformedEventException.class);
    assertThatThrownBy(() -> JsonCodec.QUOTE.decode("{\"ticker\":\"TSLA\"}"))
        .isInstanceOf(MalformedEventException.class);
    assertThatThrownBy(() -> JsonCodec.QUOTE.decode(new byte[0]))
        .isInstanceOf(MalformedEventException.class)
        .hasMessage("empty Quote record");
  }

  @Test
  void shouldNameTheProblemOfAnInvalidQuote() {
    assertThat(new Quote("TSLA", -5, 1, 1, 1, NOON).problem())
        .isEqualTo("price must be positive, was -5");
    assertThat(new Quote("TSLA", 100, 1, 99, 101, NOON).problem()).isNull();
  }

  @Test
  void shouldRefuseQuotesWhoseWindowSumsCouldOverflow() {
    assertThat(
            new Quote("TSLA", Quote.MAX_PRICE_CENTS + 1, 1, 1, Quote.MAX_PRICE_CENTS + 1, NOON)
                .problem())
        .isEqualTo("price must be at most 100000000 cents, was 100000001");
    assertThat(new Quote("TSLA", 100, Quote.MAX_SIZE + 1, 99, 101, NOON).problem())
        .isEqualTo("size must be at most 10000000 shares, was 10000001");
    assertThat(new Quote("TSLA", 100, 1, 99, Long.MAX_VALUE, NOON).problem())
        .isEqualTo("ask must be at most 100000000 cents, was " + Long.MAX_VALUE);
    assertThat(
            new Quote("TSLA", Quote.MAX_PRICE_CENTS, Quote.MAX_SIZE, 1, Quote.MAX_PRICE_CENTS, NOON)
                .problem())
        .isNull();
  }

  @Test
  void shouldCutHugeDeadLetterPayloads() {
    DeadLetter letter =
        DeadLetter.of(
            "test", "too big", "x".repeat(DeadLetter.MAX_PAYLOAD_CHARS + 10), "f:1", NOON);

    assertThat(letter.payload()).hasSize(DeadLetter.MAX_PAYLOAD_CHARS + "…[cut 10 chars]".length());
  }

  @Test
  void shouldKeepADeadLetterOfHugeInputBelowKafkasRecordLimit() {
    String huge = "\u0001".repeat(1 << 20);
    DeadLetter letter = DeadLetter.of(huge, "unknown ticker " + huge, huge, huge, NOON);

    assertThat(letter.reason())
        .startsWith("unknown ticker ")
        .endsWith("…[cut " + ((1 << 20) + 15 - 1024) + " chars]");
    assertThat(letter.position())
        .hasSize(DeadLetter.MAX_LABEL_CHARS + ("…[cut " + ((1 << 20) - 256) + " chars]").length());
    assertThat(JsonCodec.DEAD_LETTER.encode(letter).length).isLessThan(1_000_000);
  }

  private static Trade trade(Map<String, Double> explanation) {
    return new Trade(
        "r1-" + NOON,
        "alice",
        "r1",
        "BUY",
        10,
        "TSLA",
        20_000,
        NOON,
        "FILLED",
        "",
        explanation,
        "");
  }
}
